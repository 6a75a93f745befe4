// Each construction of attribution, one row per sentence: source, cue, content, kind, addressee, reporters.
import { describe, expect, it } from 'vitest';
import { renderAll } from './helpers.js';

type Row = [sentence: string, source: string | null, cue: string, content: string, kind: 'direct' | 'indirect', addressee: string | null, reporters: string[]];

// One row per construction: the statement whose cue is `cue` must read exactly so.
const rows: Row[] = [
  // X said / pointed out / expressed that ...
  ['Xi Jinping pointed out that China has firmly committed itself to denuclearization.', 'Xi Jinping', 'pointed out', 'that China has firmly committed itself to denuclearization', 'indirect', null, []],
  ['Donald Trump expressed that contacts have shown positive progress recently.', 'Donald Trump', 'expressed', 'that contacts have shown positive progress recently', 'indirect', null, []],
  ['He said the vote would be delayed.', 'He', 'said', 'the vote would be delayed', 'indirect', null, []],
  ['Officials said the bridge would reopen next week.', 'Officials', 'said', 'the bridge would reopen next week', 'indirect', null, []],
  ['The senator said on Tuesday that the vote would be delayed.', 'The senator', 'said', 'that the vote would be delayed', 'indirect', null, []],
  ['The company said in a statement that it would appeal the ruling.', 'The company', 'said in a statement', 'that it would appeal the ruling', 'indirect', null, []],
  ['The Clinton campaign says the ad will air on national cable stations.', 'The Clinton campaign', 'says', 'the ad will air on national cable stations', 'indirect', null, []],
  ['County officials say that, even if a recount were allowed, the result would stand.', 'County officials', 'say', 'that, even if a recount were allowed, the result would stand', 'indirect', null, []],
  // a second report joined by "and" or "but" closes the content of the first
  ['The governor said the plant would close and suggested that the state would help its workers.', 'The governor', 'said', 'the plant would close', 'indirect', null, []],
  ['The governor said the plant would close and suggested that the state would help its workers.', 'The governor', 'suggested', 'that the state would help its workers', 'indirect', null, []],
  ['The mayor said the budget was balanced and she praised the council for its work.', 'she', 'praised', 'the council for its work', 'indirect', null, []],
  ['She said the plan was bad but added that she would vote for it.', 'She', 'said', 'the plan was bad', 'indirect', null, []],
  ['He said the plant would close and cost jobs.', 'He', 'said', 'the plant would close and cost jobs', 'indirect', null, []],
  // a date or "here" between speaker and verb; the people a poll asked
  ['A court document filed Thursday says that the manager will not be charged.', 'A court document filed Thursday', 'says', 'that the manager will not be charged', 'indirect', null, []],
  ['Her campaign workers here said they had knocked on every door.', 'Her campaign workers', 'said', 'they had knocked on every door', 'indirect', null, []],
  ['Of the voters, those surveyed said the economy was the top issue.', 'those surveyed', 'said', 'the economy was the top issue', 'indirect', null, []],
  ['Republicans polled said the economy was the top issue.', 'Republicans polled', 'said', 'the economy was the top issue', 'indirect', null, []],
  ['Half of the voters see the governor favorably while 40 percent say the same of the mayor.', 'Half of the voters', 'see', 'the governor favorably', 'indirect', null, []],
  ['The mayor acknowledged that the count was late but noted that the result would stand.', 'The mayor', 'acknowledged', 'that the count was late', 'indirect', null, []],
  // what the writer adds after the content: a comment in apposition, an aside after a dash
  ['The company announced it would cut 3,000 jobs, a loss rivaling the cuts of the last recession.', 'The company', 'announced', 'it would cut 3,000 jobs', 'indirect', null, []],
  ['He said the vote would come on Monday, a day before the deadline.', 'He', 'said', 'the vote would come on Monday, a day before the deadline', 'indirect', null, []],
  ['While the senators fiercely opposed those rules, the party base has shown little interest.', 'the senators', 'fiercely opposed', 'those rules', 'indirect', null, []],
  // a cue in a relative clause whose object is the noun before it
  ["The mayor's answer to the question nobody asked was blunt.", 'nobody', 'asked', 'the question', 'indirect', null, []],
  ['This is not the campaign Clinton envisioned.', 'Clinton', 'envisioned', 'the campaign', 'indirect', null, []],
  ['The bill included something she opposed as a senator.', 'she', 'opposed', 'something', 'indirect', null, []],
  ['He was accused of fraud, which he has denied.', 'he', 'has denied', 'which', 'indirect', null, []],
  // a cue in a leading subordinate clause reports no more than that clause
  ["While the mayor has warned against ''a rush to judgment'' in the way the city handles complaints, she has ordered a review of the program.", 'the mayor', 'has warned against', "''a rush to judgment'' in the way the city handles complaints", 'direct', null, []],
  ['While the governor praised the plan the council drew up, she has criticized its cost.', 'the governor', 'praised', 'the plan the council drew up', 'indirect', null, []],
  ['Even though the mayor said the state would pay for the bridge, the council approved the money.', 'the mayor', 'said', 'the state would pay for the bridge', 'indirect', null, []],
  ['Three years after the council vowed to fix the bridge, the state has done the opposite.', 'the council', 'vowed', 'to fix the bridge', 'indirect', null, []],
  ['Even as the mayor promised to cut taxes on homes, the council raised them.', 'the mayor', 'promised', 'to cut taxes on homes', 'indirect', null, []],
  ['Days Before The Mayor Endorsed Rivera, The Council Did Something Strange.', 'The Mayor', 'Endorsed', 'Rivera', 'indirect', null, []],
  // a cue in a relative clause of the subject reports no more than its object; the main verb comes after
  ['Even economists who favor carbon taxes agree that the change will be slow.', 'who', 'favor', 'carbon taxes', 'indirect', null, []],
  ['Even economists who favor carbon taxes agree that the change will be slow.', 'economists who favor carbon taxes', 'agree', 'that the change will be slow', 'indirect', null, []],
  ['Nurses who want to join the union said the vote would come in May.', 'who', 'want', 'to join the union', 'indirect', null, []],
  ['Voters who say the economy is their top issue were split between the two.', 'who', 'say', 'the economy is their top issue', 'indirect', null, []],
  ['Democrats who argue that the bill hurts workers voted no.', 'who', 'argue', 'that the bill hurts workers', 'indirect', null, []],
  ['People who know him say he is honest.', 'who', 'know', 'him', 'indirect', null, []],
  ['People who know him say he is honest.', 'People who know him', 'say', 'he is honest', 'indirect', null, []],
  ['Parents who say they would leave if the school closed met the mayor.', 'who', 'say', 'they would leave if the school closed', 'indirect', null, []],
  ['The council questioned the mayor\'s plan, his budget and his judgment.', 'The council', 'questioned', "the mayor's plan, his budget and his judgment", 'indirect', null, []],
  ['Hawkins said Monday\'s decision would make the choice more stark.', 'Hawkins', 'said', "Monday's decision would make the choice more stark", 'indirect', null, []],
  ['The newspaper endorsed the mayor - the first time it has backed a Democrat.', 'The newspaper', 'endorsed', 'the mayor', 'indirect', null, []],
  ['The governor praised the nurses during a visit to the hospital on Monday.', 'The governor', 'praised', 'the nurses', 'indirect', null, []],
  ['The mayor criticized the council when it voted down the budget.', 'The mayor', 'criticized', 'the council', 'indirect', null, []],
  ['The mayor praised the "Green Streets" plan and said the vote was close.', 'The mayor', 'praised', 'the "Green Streets" plan', 'indirect', null, []],
  ['The mayor thanked the voters of "the Valley" and said the vote was close.', 'The mayor', 'thanked', 'the voters of "the Valley"', 'indirect', null, []],
  ['The campaign calls this a false story that voters will not believe.', 'The campaign', 'calls', 'this a false story that voters will not believe', 'indirect', null, []],
  ['The governor called the report "deeply unfair," and walked out.', 'The governor', 'called', 'the report "deeply unfair,"', 'indirect', null, []],
  ['Bush tells reporters at a polling place in Ohio that the vote will be close.', 'Bush', 'tells', 'that the vote will be close', 'indirect', 'reporters', []],
  ['The mayor praised the years when the mill was open.', 'The mayor', 'praised', 'the years when the mill was open', 'indirect', null, []],
  ['The council criticized the decision of when to hold the vote.', 'The council', 'criticized', 'the decision of when to hold the vote', 'indirect', null, []],
  ['She called him a "fine mayor" while the votes were counted.', 'She', 'called', 'him a "fine mayor"', 'indirect', null, []],
  ['The mayor said the bridge, which the state built in 1960, was no longer safe.', 'The mayor', 'said', 'the bridge, which the state built in 1960, was no longer safe', 'indirect', null, []],
  ['He praised the report, including its findings on jobs.', 'He', 'praised', 'the report, including its findings on jobs', 'indirect', null, []],
  ['The mayor said the budget was balanced, including the school fund.', 'The mayor', 'said', 'the budget was balanced, including the school fund', 'indirect', null, []],
  ['The adviser outlined a strategy: a win in Iowa and a win in the South.', 'The adviser', 'outlined', 'a strategy: a win in Iowa and a win in the South', 'indirect', null, []],
  // a closing attribution of its own is not part of the content
  ['The minister told the envoy that the talks would resume, the state news agency reported on Friday.', 'The minister', 'told', 'that the talks would resume', 'indirect', 'the envoy', ['the state news agency']],
  ['More than two million workers would see their pay rise in the first year, according to a fact sheet lawmakers released Monday.', 'a fact sheet lawmakers released Monday', 'according to', 'More than two million workers would see their pay rise in the first year', 'indirect', null, []],
  ['The mayor told reporters the plant would close, according to the local newspaper.', 'The mayor', 'told', 'the plant would close', 'indirect', 'reporters', ['the local newspaper']],
  ['The minister also discussed trade relations, the state news agency reported on Friday.', 'The minister', 'also discussed', 'trade relations', 'indirect', null, ['the state news agency']],
  // a state of mind holding a clause
  ['Party leaders are confident that the bill will pass.', 'Party leaders', 'are confident', 'that the bill will pass', 'indirect', null, []],
  // a one-word answer
  ['Most council members said no, and the plan was dropped.', 'Most council members', 'said', 'no', 'indirect', null, []],
  // addressees
  ['She told reporters that the plan would fail.', 'She', 'told', 'that the plan would fail', 'indirect', 'reporters', []],
  // appositives and relative clauses stay in the source
  ['Brian Fallon, a spokesman for the campaign, said the remarks were a new low.', 'Brian Fallon, a spokesman for the campaign', 'said', 'the remarks were a new low', 'indirect', null, []],
  ['Mrs. Clinton, who spoke in Ohio on Tuesday, said the economy needs help.', 'Mrs. Clinton, who spoke in Ohio on Tuesday', 'said', 'the economy needs help', 'indirect', null, []],
  ['The state party chairman, Phil Lovas, said he could not comment on the letter.', 'The state party chairman, Phil Lovas', 'said', 'he could not comment on the letter', 'indirect', null, []],
  ['Sen. David Perdue (R-Ga.) said the strategy had failed.', 'Sen. David Perdue (R-Ga.)', 'said', 'the strategy had failed', 'indirect', null, []],
  ['Maria Lopez, 34, a nurse from Tucson, said she had waited two hours to vote.', 'Maria Lopez, 34, a nurse from Tucson', 'said', 'she had waited two hours to vote', 'indirect', null, []],
  ['“We will win,” said Rep. Jim Clyburn (D-S.C.), the assistant leader of the caucus.', 'Rep. Jim Clyburn (D-S.C.), the assistant leader of the caucus', 'said', '“We will win,”', 'direct', null, []],
  ['Trump campaign spokesman Jason Miller told reporters the poll was wrong.', 'Trump campaign spokesman Jason Miller', 'told', 'the poll was wrong', 'indirect', 'reporters', []],
  ['A 2014 study that appeared in a medical journal found that the drug worked.', 'A 2014 study that appeared in a medical journal', 'found', 'that the drug worked', 'indirect', null, []],
  ['The senator said that the governor told him the plan was dead.', 'the governor', 'told', 'the plan was dead', 'indirect', 'him', []],
  ['The group, called Citizens First, said the vote was rigged.', 'The group, called Citizens First', 'said', 'the vote was rigged', 'indirect', null, []],
  ['In a radio interview Smith declared that the deal was dead.', 'Smith', 'declared', 'that the deal was dead', 'indirect', null, []],
  ['Campaign spokesman Jason Miller said the poll was wrong.', 'Campaign spokesman Jason Miller', 'said', 'the poll was wrong', 'indirect', null, []],
  ['Then someone asked whether the vote was fair.', 'someone', 'asked', 'whether the vote was fair', 'indirect', null, []],
  ['Then-candidate Obama said the war was a mistake.', 'Then-candidate Obama', 'said', 'the war was a mistake', 'indirect', null, []],
  // shares and proportions of people speak
  ['More than six in 10 said they would vote early.', 'More than six in 10', 'said', 'they would vote early', 'indirect', null, []],
  ['Nearly nine out of 10 say they will need new skills.', 'Nearly nine out of 10', 'say', 'they will need new skills', 'indirect', null, []],
  ['42% say they are undecided.', '42%', 'say', 'they are undecided', 'indirect', null, []],
  // nouns the tagger reads as verbs, names it reads as verbs, ages, "No." inside a title
  ['Her campaign workers said they had knocked on every door.', 'Her campaign workers', 'said', 'they had knocked on every door', 'indirect', null, []],
  ['Farm state advocates say the mandate must stay.', 'Farm state advocates', 'say', 'the mandate must stay', 'indirect', null, []],
  ['Gates, in contrast, told the committee he had done nothing wrong.', 'Gates', 'told', 'he had done nothing wrong', 'indirect', 'the committee', []],
  ['One of the authors of the 2013 report, Ana Ruiz, said the data were clear.', 'Ana Ruiz', 'said', 'the data were clear', 'indirect', null, []],
  ['Mr. Ortiz, then 41, said he was told to wait.', 'Mr. Ortiz, then 41', 'said', 'he was told to wait', 'indirect', null, []],
  ['One of the authors of the study, Ana Ruiz, said the data were clear.', 'One of the authors of the study, Ana Ruiz', 'said', 'the data were clear', 'indirect', null, []],
  ['Senator Ann Cole of Utah, the No. 2 Republican on the panel, said the vote would wait.', 'Senator Ann Cole of Utah, the No. 2 Republican on the panel', 'said', 'the vote would wait', 'indirect', null, []],
  ['The bureau says voters, numbering 9 million, outnumber members.', 'The bureau', 'says', 'voters, numbering 9 million, outnumber members', 'indirect', null, []],
  // whole speaker phrases: titles before names, grading words, lists
  ['Cruz campaign manager Jeff Roe said the count was wrong.', 'Cruz campaign manager Jeff Roe', 'said', 'the count was wrong', 'indirect', null, []],
  ['"We will carry the state," campaign manager Rosa Diaz said.', 'campaign manager Rosa Diaz', 'said', '"We will carry the state,"', 'direct', null, []],
  ['"The vote was a mistake," the editorial said.', 'the editorial', 'said', '"The vote was a mistake,"', 'direct', null, []],
  ['A senior adviser, Tom Reyes, tells reporters that the race is tightening.', 'A senior adviser, Tom Reyes', 'tells', 'that the race is tightening', 'indirect', 'reporters', []],
  ['The most recent poll showed the race tightening.', 'The most recent poll', 'showed', 'the race tightening', 'indirect', null, []],
  ['At least a dozen members of Congress said they would skip the speech.', 'At least a dozen members of Congress', 'said', 'they would skip the speech', 'indirect', null, []],
  ['People briefed on the talks said a deal was close.', 'People briefed on the talks', 'said', 'a deal was close', 'indirect', null, []],
  ['People familiar with the talks said a deal was close.', 'People familiar with the talks', 'said', 'a deal was close', 'indirect', null, []],
  ['"The deal is close," said a lawyer close to the company.', 'a lawyer close to the company', 'said', '"The deal is close,"', 'direct', null, []],
  ['Staff for the county board said the count would resume.', 'Staff for the county board', 'said', 'the count would resume', 'indirect', null, []],
  ['Parents who have fought the closures say the board ignored them.', 'Parents who have fought the closures', 'say', 'the board ignored them', 'indirect', null, []],
  ['The review on the city website says the project is late.', 'The review on the city website', 'says', 'the project is late', 'indirect', null, []],
  ['A newspaper owned by the senator published the letter in full.', 'A newspaper owned by the senator', 'published', 'the letter in full', 'indirect', null, []],
  ['Teachers, nurses, and many city workers say the pension plan is unfair.', 'Teachers, nurses, and many city workers', 'say', 'the pension plan is unfair', 'indirect', null, []],
  // the tagger's adjective "said" after a plural
  ['Most suburban voters said the economy mattered more than immigration.', 'Most suburban voters', 'said', 'the economy mattered more than immigration', 'indirect', null, []],
  // a quoted title before the subject is no quotation of the speaker
  ['Speaking on CBS’s “Face the Nation,” the governor said the state would sue.', 'the governor', 'said', 'the state would sue', 'indirect', null, []],
  // reported content ends before a participle or a contrast the writer adds
  ['The mayor said the budget was balanced, prompting jeers from the council.', 'The mayor', 'said', 'the budget was balanced', 'indirect', null, []],
  ['The coach said the team was tired, but the players disagreed.', 'The coach', 'said', 'the team was tired', 'indirect', null, []],
  ['The governor’s office, when contacted by reporters, said the budget was final.', 'The governor’s office', 'said', 'the budget was final', 'indirect', null, []],
  ['The mayor, clearly annoyed, said the question was unfair.', 'The mayor', 'said', 'the question was unfair', 'indirect', null, []],
  ['Ruiz, for example, said she would vote early.', 'Ruiz', 'said', 'she would vote early', 'indirect', null, []],
  ['Ana Ruiz, its chief financial officer, said costs are rising.', 'Ana Ruiz, its chief financial officer', 'said', 'costs are rising', 'indirect', null, []],
  ['Lee Park, the author of "Small Towns," about rural schools, said the funding gap is growing.', 'Lee Park, the author of "Small Towns," about rural schools', 'said', 'the funding gap is growing', 'indirect', null, []],
  ['"The board takes no position" on the merger, the unsigned letter said.', 'the unsigned letter', 'said', '"The board takes no position" on the merger', 'direct', null, []],
  // an opening mark typed where the closing one belongs still closes the quotation
  ['“It is unusual,“ said Rita Moss, a lawyer for the county.', 'Rita Moss, a lawyer for the county', 'said', '“It is unusual,“', 'direct', null, []],
  ['The mayor, meanwhile, who faces a recall vote, said the audit was fair.', 'The mayor', 'said', 'the audit was fair', 'indirect', null, []],
  ['Voters in two border towns — Eagle Pass and Laredo — said the wall was a mistake.', 'Voters in two border towns — Eagle Pass and Laredo', 'said', 'the wall was a mistake', 'indirect', null, []],
  ['Ortiz — after a long pause — told reporters he would resign.', 'Ortiz', 'told', 'he would resign', 'indirect', 'reporters', []],
  ['Ruiz, during a town hall in Akron, Ohio, said she would vote early.', 'Ruiz', 'said', 'she would vote early', 'indirect', null, []],
  ['Party spokesman Sam Ortiz on Thursday evening said the party was united.', 'Party spokesman Sam Ortiz', 'said', 'the party was united', 'indirect', null, []],
  // a dateline, an opening time phrase or a stressing reflexive is no part of the speaker
  ['DENVER -- Governor Ana Ruiz said the fires were contained.', 'Governor Ana Ruiz', 'said', 'the fires were contained', 'indirect', null, []],
  ['Earlier Tuesday, her spokesman, Tom Lee, said the tour would go on.', 'her spokesman, Tom Lee', 'said', 'the tour would go on', 'indirect', null, []],
  ['But this time he praised the efforts of the governor.', 'he', 'praised', 'the efforts of the governor', 'indirect', null, []],
  ['The senator on Thursday stepped up his attacks on the mayor, saying she is weak.', 'The senator', 'saying', 'she is weak', 'indirect', null, []],
  ['The senator himself, who skipped the vote, said the bill was flawed.', 'The senator', 'said', 'the bill was flawed', 'indirect', null, []],
  // the cue after its content
  ['The plan is dead, officials said on Monday.', 'officials', 'said', 'The plan is dead', 'indirect', null, []],
  ['The economy, he said, is in trouble.', 'he', 'said', 'The economy ... is in trouble', 'indirect', null, []],
  ['That, they say, will be easier after the vote.', 'they', 'say', 'That ... will be easier after the vote', 'indirect', null, []],
  ['A slow year, she said, "could be the right time to borrow."', 'she', 'said', 'A slow year ... "could be the right time to borrow."', 'indirect', null, []],
  ['In other words, she said, "the plan is dead."', 'she', 'said', '"the plan is dead."', 'direct', null, []],
  ['"It was a fair hearing," said Ann Ruiz, 61, of Tucson, Arizona.', 'Ann Ruiz, 61, of Tucson, Arizona', 'said', '"It was a fair hearing,"', 'direct', null, []],
  ['The mayor, who won a second term in May, is calling for a new stadium.', 'The mayor, who won a second term in May', 'is calling for', 'a new stadium', 'indirect', null, []],
  ['The vote splits the party, forcing her to court both wings, said Ida Marsh, a pollster.', 'Ida Marsh, a pollster', 'said', 'The vote splits the party, forcing her to court both wings', 'indirect', null, []],
  ['If turnout is low, the race will be close, said Ida Marsh, director of the state poll.', 'Ida Marsh, director of the state poll', 'said', 'If turnout is low, the race will be close', 'indirect', null, []],
  // according to
  ['According to the campaign, the rally drew ten thousand people.', 'the campaign', 'According to', 'the rally drew ten thousand people', 'indirect', null, []],
  ['The rally drew ten thousand people, according to the campaign.', 'the campaign', 'according to', 'The rally drew ten thousand people', 'indirect', null, []],
  ["That's according to early returns from the county clerk.", 'early returns from the county clerk', "'s according to", 'That', 'indirect', null, []],
  ['That is according to a count of ballots by the county clerk.', 'a count of ballots by the county clerk', 'according to', 'That is', 'indirect', null, []],
  ['Turnout fell in rural towns, according to Rita Gomez, director of the state survey center, which ran the poll.', 'Rita Gomez, director of the state survey center, which ran the poll', 'according to', 'Turnout fell in rural towns', 'indirect', null, []],
  ['Most farmers - 61 percent, according to a state survey - favor the new levy.', 'a state survey', 'according to', 'Most farmers - 61 percent ... favor the new levy', 'indirect', null, []],
  ['According to a just-released poll from the state university, the mayor leads by ten points.', 'a just-released poll from the state university', 'According to', 'the mayor leads by ten points', 'indirect', null, []],
  // a poll as the source of a finding
  ['In a state university poll released Sunday, the mayor took 41 percent of the vote.', 'a state university poll released Sunday', 'In', 'the mayor took 41 percent of the vote', 'indirect', null, []],
  ['The governor has a clear lead in the polls.', 'the polls', 'in', 'The governor has a clear lead', 'indirect', null, []],
  ['Some 20 percent of voters in a recent state poll said they had not decided.', 'Some 20 percent of voters in a recent state poll', 'said', 'they had not decided', 'indirect', null, []],
  ['The watchdog noted Director Ann Pike said the files were recovered.', 'Director Ann Pike', 'said', 'the files were recovered', 'indirect', null, []],
  // quotations
  ['"We do hope that this meeting is going to take place," Lavrov said after talks in the capital.', 'Lavrov', 'said', '"We do hope that this meeting is going to take place,"', 'direct', null, []],
  ['"The plan is dead," said Mr. Smith, a spokesman for the council.', 'Mr. Smith, a spokesman for the council', 'said', '"The plan is dead,"', 'direct', null, []],
  // a description after an inverted speaker runs to the sentence end, but not into an act of its own
  ['"The tide has turned," said Dana Reyes, a pollster who has worked for both parties in Ohio.', 'Dana Reyes, a pollster who has worked for both parties in Ohio', 'said', '"The tide has turned,"', 'direct', null, []],
  ['"We are ready," said Tom Hale, the county clerk, who added that extra staff had been hired.', 'Tom Hale, the county clerk', 'said', '"We are ready,"', 'direct', null, []],
  ['"It will pass," said Lena Ortiz, a council member, referring to the zoning measure.', 'Lena Ortiz, a council member', 'said', '"It will pass,"', 'direct', null, []],
  ['"We will hire more clerks," said Omar Haddad, director of the county elections office, which runs the count.', 'Omar Haddad, director of the county elections office, which runs the count', 'said', '"We will hire more clerks,"', 'direct', null, []],
  ['"The risk," said Lou Park, an economist at the state university, "is that jobs leave."', 'Lou Park, an economist at the state university', 'said', '"The risk," ... "is that jobs leave."', 'direct', null, []],
  ['"It is hard," said the Ohio senator, "because both sides have a point."', 'the Ohio senator', 'said', '"It is hard," ... "because both sides have a point."', 'direct', null, []],
  ['"The numbers are soft," said one unaligned Iowa strategist.', 'one unaligned Iowa strategist', 'said', '"The numbers are soft,"', 'direct', null, []],
  ['"Turnout will be low," said a county clerk who has run four elections.', 'a county clerk who has run four elections', 'said', '"Turnout will be low,"', 'direct', null, []],
  ['"Nobody listens here," wrote a reader calling himself Old Sam.', 'a reader calling himself Old Sam', 'wrote', '"Nobody listens here,"', 'direct', null, []],
  ['"The levee held," said his neighbor at the bakery, Rob Kane, who watched the river all night.', 'his neighbor at the bakery, Rob Kane, who watched the river all night', 'said', '"The levee held,"', 'direct', null, []],
  ['"Rates will rise," said Ana Diaz, former budget director of the city.', 'Ana Diaz, former budget director of the city', 'said', '"Rates will rise,"', 'direct', null, []],
  // an inverted speaker before the quotation; a cue with a speaker of its own before the quotation takes it
  ['But, said Dana Cole, "nobody wants to stir up trouble."', 'Dana Cole', 'said', '"nobody wants to stir up trouble."', 'direct', null, []],
  ['Said Rosa Lee, who grew up with the mayor on the same street, "We were all so proud of her."', 'Rosa Lee, who grew up with the mayor on the same street', 'Said', '"We were all so proud of her."', 'direct', null, []],
  ['Continued the mayor: "So the budget has to change."', 'the mayor', 'Continued', '"So the budget has to change."', 'direct', null, []],
  ['The mayor stood up and thanked his staff, "the best team in the state."', 'The mayor', 'thanked', '"the best team in the state."', 'direct', null, []],
  ['Quoting a passage from the charter, Hale said, "This city belongs to its people."', 'Hale', 'said', '"This city belongs to its people."', 'direct', null, []],
  ['"Every time you cut," Ortiz said, referring to the budget, "you lose a school."', 'Ortiz', 'said', '"Every time you cut," ... "you lose a school."', 'direct', null, []],
  ['"We are not backing the mayor," says a source involved in the campaign.', 'a source involved in the campaign', 'says', '"We are not backing the mayor,"', 'direct', null, []],
  // a participle after the main clause speaks for its subject, past an opening phrase or a negation
  ['Here in Dayton, the mayor stepped up her attacks on the plan, saying, "We have to stop it."', 'the mayor', 'saying', '"We have to stop it."', 'direct', null, []],
  ['Yet she did not limit her remarks to the budget, also calling on voters to reject the levy.', 'she', 'also calling on', 'voters to reject the levy', 'indirect', null, []],
  // a possessive the parser read as "is"; a relative clause ending in its verb; a plural before an aside
  ["The mayor's most loyal allies claim that the count was rigged.", "The mayor's most loyal allies", 'claim', 'that the count was rigged', 'indirect', null, []],
  ['The county officials whose rules were struck down say the court went too far.', 'The county officials whose rules were struck down', 'say', 'the court went too far', 'indirect', null, []],
  ['Backers of gun rights, on the other hand, argued that the ruling was narrow.', 'Backers of gun rights', 'argued', 'that the ruling was narrow', 'indirect', null, []],
  // a medium's participle of any kind is part of the cue; "later" too
  ['The union released a statement Thursday condemning the layoffs.', 'The union', 'released a statement Thursday condemning', 'the layoffs', 'indirect', null, []],
  ['The mayor later said that the plant would close.', 'The mayor', 'later said', 'that the plant would close', 'indirect', null, []],
  // the subject of a later verb or participle, past a leading date or a run of short asides
  ['On Tuesday she doubled down on the plan, seeking to show that the council had backed it.', 'she', 'seeking', 'to show that the council had backed it', 'indirect', null, []],
  ['But on Tuesday, he stood with the council and urged voters to back the levy.', 'he', 'urged', 'to back the levy', 'indirect', 'voters', []],
  ['One of the workers, Joe Mills, 58, had worked at the plant and said he was sure it would close.', 'One of the workers, Joe Mills, 58', 'said', 'he was sure it would close', 'indirect', null, []],
  // a question whose asker is named after "by"
  ['When asked by a reporter whether the plan would pass, the mayor said no.', 'a reporter', 'asked', 'whether the plan would pass', 'indirect', null, []],
  // a role opening the clause before the name; a phrase inside a relative clause is no speaker
  ["Ohio's governor, Dan Reed, a Republican, said that he had voted early.", "Ohio's governor, Dan Reed, a Republican", 'said', 'that he had voted early', 'indirect', null, []],
  ['Ann Cole, who lives in a small town outside the state capital, Columbus, said she would vote.', 'Ann Cole, who lives in a small town outside the state capital, Columbus', 'said', 'she would vote', 'indirect', null, []],
  // a share of people with its hedge; a long aside in brackets or between dashes
  ['Among Republicans, more than four in 10 said the mayor would handle the economy best.', 'more than four in 10', 'said', 'the mayor would handle the economy best', 'indirect', null, []],
  ['Sen. Ann Hale (a Vermont Democrat so young she has been taken for an intern) says she was unprepared.', 'Sen. Ann Hale (a Vermont Democrat so young she has been taken for an intern)', 'says', 'she was unprepared', 'indirect', null, []],
  ['A former candidate -- Tom Reid, who lost the 2012 race to the mayor -- said the council offered nothing new.', 'A former candidate -- Tom Reid, who lost the 2012 race to the mayor', 'said', 'the council offered nothing new', 'indirect', null, []],
  // an impression of an act of saying or thinking is that act's cue
  ['In the same interview, however, the mayor seemed to offer a caveat on the plan.', 'the mayor', 'seemed to offer', 'a caveat on the plan', 'indirect', null, []],
  // a participle or relative clause of the subject keeps its list; a clause before an inverted speaker is content
  ['Analysts following the company and its rivals say growth will slow.', 'Analysts following the company and its rivals', 'say', 'growth will slow', 'indirect', null, []],
  ['The plan works, in theory, argued the mayor.', 'the mayor', 'argued', 'The plan works, in theory', 'indirect', null, []],
  // a medium's participle joins the cue only when it reports; a date after "earlier" is no part of the cue
  ['The company issued a statement following the vote.', 'The company', 'issued', 'a statement following the vote', 'indirect', null, []],
  ['The mayor earlier this week said the plan was dead.', 'The mayor', 'said', 'the plan was dead', 'indirect', null, []],
  ['"It is over," said Carl Dunn, while reporters waited outside.', 'Carl Dunn', 'said', '"It is over,"', 'direct', null, []],
  // whom and where the words were told, up to "that"
  ['The senator told a town hall in Salem, New Hampshire on Monday that the tax was dead.', 'The senator', 'told', 'that the tax was dead', 'indirect', 'a town hall', []],
  // a separator line between the items of a running story is no part of the content
  ['The governor said the rule would hurt families.\n\n___\n\nThe mayor spoke at noon.', 'The governor', 'said', 'the rule would hurt families', 'indirect', null, []],
  // the manner of the act is part of its cue
  ['The mayor responded by pointing out that the plan had failed.', 'The mayor', 'responded by pointing out', 'that the plan had failed', 'indirect', null, []],
  // a word called out opens the words said
  ["She said hey, you've got to change the culture.", 'She', 'said', "hey, you've got to change the culture", 'indirect', null, []],
  // a group named with where it is, and an amount with its hedge
  ['Governors in more than two dozen states balked at accepting the refugees.', 'Governors in more than two dozen states', 'balked', 'at accepting the refugees', 'indirect', null, []],
  ['Mayors across the country are expressing concern about the cuts.', 'Mayors across the country', 'are expressing', 'concern about the cuts', 'indirect', null, []],
  // a plural the tagger read as a verb between a modifier and its noun
  ['A major civil rights group says the new law could keep thousands from voting.', 'A major civil rights group', 'says', 'the new law could keep thousands from voting', 'indirect', null, []],
  ["A person familiar with the planning for Thursday's meeting says the talks will focus on jobs.", "A person familiar with the planning for Thursday's meeting", 'says', 'the talks will focus on jobs', 'indirect', null, []],
  ['The mayor will back the plan eventually, a former rival says.', 'a former rival', 'says', 'The mayor will back the plan eventually', 'indirect', null, []],
  // "so" standing for what was said; "however" between speaker and verb
  ['Most voters call him honest, after 55 percent said so in May.', '55 percent', 'said', 'so', 'indirect', null, []],
  ['The minister however said he would welcome a deal.', 'The minister', 'said', 'he would welcome a deal', 'indirect', null, []],
  // a phrase joined after a verb's object opens a clause of its own
  ['At one point, a woman asked for a photo and the mayor said that it was fine.', 'the mayor', 'said', 'that it was fine', 'indirect', null, []],
  ['Ten states led by Ohio and several unions are challenging the rule in court.', 'Ten states led by Ohio and several unions', 'are challenging', 'the rule in court', 'indirect', null, []],
  ['"The tax is dead," said Ann Lowe, associate director of the state budget office.', 'Ann Lowe, associate director of the state budget office', 'said', '"The tax is dead,"', 'direct', null, []],
  ['"We need the jobs," said Carl Dunn, 54, a welder who has worked at the plant since 1990.', 'Carl Dunn, 54, a welder who has worked at the plant since 1990', 'said', '"We need the jobs,"', 'direct', null, []],
  ['"We have to win the suburbs," added Palmer, about the new ads.', 'Palmer', 'added', '"We have to win the suburbs,"', 'direct', null, []],
  ['"It is a mistake," said retired judge Ellen Park, asked about the ruling.', 'retired judge Ellen Park', 'said', '"It is a mistake,"', 'direct', null, []],
  ['Kim Lee, president of the teachers union, a group allied with the mayor, said the strike would end.', 'Kim Lee, president of the teachers union, a group allied with the mayor', 'said', 'the strike would end', 'indirect', null, []],
  ['“We will fight,” she said, “and we will win.”', 'she', 'said', '“We will fight,” ... “and we will win.”', 'direct', null, []],
  ['He added: "We will fight back. We will win."', 'He', 'added', '"We will fight back. We will win."', 'direct', null, []],
  ['Using the tax code that way "is a misguided approach," the economist said.', 'the economist', 'said', 'Using the tax code that way "is a misguided approach,"', 'direct', null, []],
  // an unattributed question
  ['Asked whether she would run again, the mayor laughed.', null, 'Asked', 'whether she would run again', 'indirect', null, []],
  ['When asked about the audit, the treasurer walked away.', null, 'asked about', 'the audit', 'indirect', null, []],
  ['The coach was asked, “Will you stay next season?”', null, 'was asked', '“Will you stay next season?”', 'indirect', null, []],
  // a preposition that opens the content stays with the cue, as does the medium
  ['The union called for a strike at the port.', 'The union', 'called for', 'a strike at the port', 'indirect', null, []],
  ['The mayor pointed to the falling crime rate.', 'The mayor', 'pointed to', 'the falling crime rate', 'indirect', null, []],
  // a particle, "made it clear" or a verb chain completes the cue; the content starts after it
  ['The mayor shot back that the audit was political.', 'The mayor', 'shot back', 'that the audit was political', 'indirect', null, []],
  ['The senator pushed back against the new tariffs.', 'The senator', 'pushed back against', 'the new tariffs', 'indirect', null, []],
  ['The governor made it clear that she would veto the bill.', 'The governor', 'made it clear', 'that she would veto the bill', 'indirect', null, []],
  ['The coach continued to insist that the referee was wrong.', 'The coach', 'continued to insist', 'that the referee was wrong', 'indirect', null, []],
  ['The candidate went on to say that taxes would fall.', 'The candidate', 'went on to say', 'that taxes would fall', 'indirect', null, []],
  // a modal or "long" between subject and verb belongs to the cue
  ['Voters may blame the mayor for the delays.', 'Voters', 'may blame', 'the mayor for the delays', 'indirect', null, []],
  // a month read as a surname is the subject, not a modal of the cue
  ['May told reporters that the talks would go on.', 'May', 'told', 'that the talks would go on', 'indirect', 'reporters', []],
  ['"We will not give in," May said on Friday.', 'May', 'said', '"We will not give in,"', 'direct', null, []],
  ['The talks will go on, May said on Friday.', 'May', 'said', 'The talks will go on', 'indirect', null, []],
  ['The chief has long maintained that the force is understaffed.', 'The chief', 'has long maintained', 'that the force is understaffed', 'indirect', null, []],
  // the act of publishing, its medium and the participle are one cue
  ['The league issued a statement Thursday saying the game would be replayed.', 'The league', 'issued a statement Thursday saying', 'the game would be replayed', 'indirect', null, []],
  ['The coach sent an email saying practice was canceled.', 'The coach', 'sent an email saying', 'practice was canceled', 'indirect', null, []],
  // an object that is a thing ends where a new act of the subject begins
  ['The governor endorsed the mayor and has campaigned with him across the state.', 'The governor', 'endorsed', 'the mayor', 'indirect', null, []],
  ['The union criticized the new contract, calling it a bad deal for nurses.', 'The union', 'criticized', 'the new contract', 'indirect', null, []],
  // a participle never comes before its speaker: what follows it is content
  ['The union criticized the new contract, calling it a bad deal for nurses.', 'The union', 'calling', 'it a bad deal for nurses', 'indirect', null, []],
  ['The senator criticized the budget plan that the council passed last week.', 'The senator', 'criticized', 'the budget plan that the council passed last week', 'indirect', null, []],
  ['"We are ready," the coach said Tuesday in an interview.', 'the coach', 'said Tuesday in an interview', '"We are ready,"', 'direct', null, []],
  ['“Who do they think they are?” the senator said of the airline.', 'the senator', 'said', '“Who do they think they are?”', 'direct', null, []],
  // impressions and expectations name no source; their subject is part of the content
  ['The new stadium appears to be running over budget.', null, 'appears', 'The new stadium ... to be running over budget', 'indirect', null, []],
  ['The council vote is expected to pass easily.', null, 'is expected', 'The council vote ... to pass easily', 'indirect', null, []],
  ['The returns seemed a warning to the party.', null, 'seemed', 'The returns ... a warning to the party', 'indirect', null, []],
  ['Her speech sounded more confident than before.', null, 'sounded', 'Her speech ... more confident than before', 'indirect', null, []],
  // any clause closed by a colon before a quotation introduces it
  ['The union leader sent a blunt message to the board: "Pay us or we strike."', 'The union leader', 'sent a blunt message to the board', '"Pay us or we strike."', 'direct', null, []],
  // speaker labels
  ['PENCE: Well, the question really should be about the debate tonight.', 'PENCE', ':', 'Well, the question really should be about the debate tonight', 'direct', null, []],
  ['Graham: Trump Is Hurting the Party With His Rhetoric', 'Graham', ':', 'Trump Is Hurting the Party With His Rhetoric', 'direct', null, []],
  ['Poll: Mayor Holds Narrow Lead in Suburbs', 'Poll', ':', 'Mayor Holds Narrow Lead in Suburbs', 'direct', null, []],
  ['State pollster Ivan Cruz: “Turnout will decide this race.”', 'State pollster Ivan Cruz', ':', '“Turnout will decide this race.”', 'direct', null, []],
  ['Ruiz camp: The audit will clear the mayor', 'Ruiz camp', ':', 'The audit will clear the mayor', 'direct', null, []],
  ['Ruiz to City Council: The budget must pass this month', 'Ruiz', ':', 'The budget must pass this month', 'direct', 'City Council', []],
  // contractions, dates between subject and verb, headlines
  ['He’s claiming that the count was rigged.', 'He', '’s claiming', 'that the count was rigged', 'indirect', null, []],
  ['The bank this month announced it would drop the incentives.', 'The bank', 'announced', 'it would drop the incentives', 'indirect', null, []],
  ['Lindsey Graham Says Trump Could Address Clean Energy', 'Lindsey Graham', 'Says', 'Trump Could Address Clean Energy', 'indirect', null, []],
  ['Veteran Activist Ruth Kline Endorses Tom Baker', 'Veteran Activist Ruth Kline', 'Endorses', 'Tom Baker', 'indirect', null, []],
  ['Stadium neighbors blast Ruiz.', 'Stadium neighbors', 'blast', 'Ruiz', 'indirect', null, []],
  // a signature after a dash
  ['“Maybe we can build a wall around the stadium.” ― Steve Quinlan', 'Steve Quinlan', '―', '“Maybe we can build a wall around the stadium.”', 'direct', null, []],
  // a second verb or a participle shares the subject
  ['The governor thanked the volunteers and said that the town would recover.', 'The governor', 'said', 'that the town would recover', 'indirect', null, []],
  ['"It is over," he said, adding that the team would regroup.', 'he', 'adding', 'that the team would regroup', 'indirect', null, []],
  ['Teachers in Ohio rallied at the capitol, arguing that class sizes were too large.', 'Teachers in Ohio', 'arguing', 'that class sizes were too large', 'indirect', null, []],
  ['Never mentioning the mayor by name, the governor criticized the city budget.', 'the governor', 'Never mentioning', 'the mayor by name', 'indirect', null, []],
  ['After praising the mayor for months, the governor criticized the city budget.', 'the governor', 'praising', 'the mayor for months', 'indirect', null, []],
  ['The governor vetoed the bill because it was unconstitutional.', 'The governor', 'vetoed', 'the bill', 'indirect', null, []],
  ['The mayor opposed the plan although his party backed it.', 'The mayor', 'opposed', 'the plan', 'indirect', null, []],
  ['Recent polling shows that the senator is ahead in the state.', 'Recent polling', 'shows', 'that the senator is ahead in the state', 'indirect', null, []],
  ['Leaked documents from his tax return show he took a massive loss.', 'Leaked documents from his tax return', 'show', 'he took a massive loss', 'indirect', null, []],
  ['Another slide shows that most avocados are grown in Mexico.', 'Another slide', 'shows', 'that most avocados are grown in Mexico', 'indirect', null, []],
  ['A senator called the mayor a liar.', 'A senator', 'called', 'the mayor a liar', 'indirect', null, []],
  ['The mayor sent a letter to the city council saying the budget was sound.', 'The mayor', 'sent a letter to the city council saying', 'the budget was sound', 'indirect', null, []],
  ['Then she turned to the council, calling the vote a disgrace.', 'she', 'calling', 'the vote a disgrace', 'indirect', null, []],
  ['Lee, echoing the mayor, asked the board to wait.', 'Lee', 'echoing', 'the mayor', 'indirect', null, []],
  ['Speaking in Reno, Smith said that the race was “wide open,” adding that he would stay in it.', 'Smith', 'adding', 'that he would stay in it', 'indirect', null, []],
  ['The owner, who said she had voted for the mayor twice, now backs his rival.', 'who', 'said', 'she had voted for the mayor twice', 'indirect', null, []],
  // reporting chains
  ['Xinhua reported that Xi told Trump by telephone that he appreciates the effort.', 'Xi', 'told', 'that he appreciates the effort', 'indirect', 'Trump', ['Xinhua']],
  ['The agency reported that Lee told Ortiz the talks were useful.', 'Lee', 'told', 'the talks were useful', 'indirect', 'Ortiz', ['The agency']],
  ['Xinhua quoted Xi as saying that he hoped all parties would avoid provocations.', 'Xi', 'as saying', 'that he hoped all parties would avoid provocations', 'indirect', null, ['Xinhua']],
  ['The news agency added that Xi also told Trump that both sides should cooperate.', 'Xi', 'also told', 'that both sides should cooperate', 'indirect', 'Trump', ['The news agency']],
  // no cut inside a quotation that goes on
  ['The mayor credited the victory to "a closed primary, something I am not keen on, where independents cannot vote."', 'The mayor', 'credited', 'the victory to "a closed primary, something I am not keen on, where independents cannot vote."', 'indirect', null, []],
  // a quotation going on after its cue, the marks mixed
  ['"The city is safe,” he added. “If we wait, that would not help."', 'he', 'added', '"The city is safe,” ... “If we wait, that would not help."', 'direct', null, []],
  // a passive: the one acted on is the content, the agent after "by" the source
  ['The bill was announced by the committee on Friday.', 'the committee', 'was announced', 'The bill', 'indirect', null, []],
  ['The mayor was criticized by the council for the late budget.', 'the council', 'was criticized', 'The mayor ... for the late budget', 'indirect', null, []],
  ['The senator has been criticized on the tax plan by the governor.', 'the governor', 'has been criticized', 'The senator ... on the tax plan', 'indirect', null, []],
  ['The mayor was booed.', null, 'was booed', 'The mayor', 'indirect', null, []],
  ['The minister was accused by opposition leaders of lying to parliament.', 'opposition leaders', 'was accused', 'The minister ... of lying to parliament', 'indirect', null, []],
  ['The plan was criticized by regulators last week.', 'regulators', 'was criticized', 'The plan', 'indirect', null, []],
  // a state of mind after "be": its holder is the source
  ['Many farmers were worried about the new tariffs.', 'Many farmers', 'were worried about', 'the new tariffs', 'indirect', null, []],
  // British single quotation marks
  ['‘We will not be bullied,’ the minister said.', 'the minister', 'said', '‘We will not be bullied,’', 'direct', null, []],
  // a sentence of only a speaker and "said" signs the quotation before it
  ['“We will carry the state.” Mayor Dana Reyes said.', 'Mayor Dana Reyes', 'said', '“We will carry the state.”', 'direct', null, []],
  // an inverted "asked" after the question it asks
  ['"Is the plan dead?" asked Mayor Dana Reyes.', 'Mayor Dana Reyes', 'asked', '"Is the plan dead?"', 'direct', null, []],
  // a town and its state, a short bracket and a quoted title inside the speaker's description
  ['Dana Ruiz, a nurse from Jackson, Miss., attending the rally, said she would vote for the mayor.', 'Dana Ruiz, a nurse from Jackson, Miss., attending the rally', 'said', 'she would vote for the mayor', 'indirect', null, []],
  ['Tom Hale, 52, of Raleigh, N.C., who was among those polled, said the race was close.', 'Tom Hale, 52, of Raleigh, N.C., who was among those polled', 'said', 'the race was close', 'indirect', null, []],
  ['The mayor of Toledo, Ohio, said the bridge would reopen.', 'The mayor of Toledo, Ohio', 'said', 'the bridge would reopen', 'indirect', null, []],
  ['Ms. Lee, whose training the Reserve Officers Training Corps (ROTC) paid for, said she owed the Army a great deal.', 'Ms. Lee, whose training the Reserve Officers Training Corps (ROTC) paid for', 'said', 'she owed the Army a great deal', 'indirect', null, []],
  ['Ms. Cole, the host of the radio talk show "Main Street," said in an interview that the station would close.', 'Ms. Cole, the host of the radio talk show "Main Street,"', 'said in an interview', 'that the station would close', 'indirect', null, []],
  // a clause before the cue, then a participle after it that makes a statement of its own
  ['The talks will resume next week, the envoy said, adding, "Both sides want a deal."', 'the envoy', 'said', 'The talks will resume next week', 'indirect', null, []],
  ['The talks will resume next week, the envoy said, adding, "Both sides want a deal."', 'the envoy', 'adding', '"Both sides want a deal."', 'direct', null, []],
  ['The mill did not close but cut its shifts, the owner said, adding that orders were down.', 'the owner', 'said', 'The mill did not close but cut its shifts', 'indirect', null, []],
  ['The win is vital, he said after meeting with party aides, because the base wants it.', 'he', 'said', 'The win is vital ... because the base wants it', 'indirect', null, []],
  ['The deal is done, the manager said, when asked about the rumors.', 'the manager', 'said', 'The deal is done', 'indirect', null, []],
  ['The vote, the senator said, as expected, was close.', 'the senator', 'said', 'The vote ... as expected, was close', 'indirect', null, []],
  ['Prices rose 3 percent in March, the ministry said, citing higher fuel costs.', 'the ministry', 'said', 'Prices rose 3 percent in March', 'indirect', null, []],
  ["''We will not back down,'' the mayor said, adding, ''This is about fairness.''", 'the mayor', 'said', "''We will not back down,''", 'direct', null, []],
  // where and when after a name the cue acts on are the writer's; after a common noun they may be the noun's
  ['The union sued Mayor Reyes in federal court on Friday.', 'The union', 'sued', 'Mayor Reyes', 'indirect', null, []],
  ['The governor endorsed Reyes in early June.', 'The governor', 'endorsed', 'Reyes', 'indirect', null, []],
  ['The council praised a victory in South Carolina.', 'The council', 'praised', 'a victory in South Carolina', 'indirect', null, []],
  // the writer's participle or contrast after a cue clause, and a dateline, are no part of what was said
  ['The deal is done, the official said, speaking on condition of anonymity.', 'the official', 'said', 'The deal is done', 'indirect', null, []],
  ['The talks stalled, the envoy said, but he gave no details.', 'the envoy', 'said', 'The talks stalled', 'indirect', null, []],
  ['WASHINGTON (AP) — The Senate will vote on the bill next week, Senator Hale said.', 'Senator Hale', 'said', 'The Senate will vote on the bill next week', 'indirect', null, []],
  ['DETROIT, Jan. 22, 2025 - The plant will close in March, the company said.', 'the company', 'said', 'The plant will close in March', 'indirect', null, []],
  // a noun after a day, or a plural after the adjunct's noun, opens what was said
  ['She said on Monday voters deserve better.', 'She', 'said', 'voters deserve better', 'indirect', null, []],
  ['He said in court prosecutors lack evidence.', 'He', 'said', 'prosecutors lack evidence', 'indirect', null, []],
  ['The governor said after meeting with aides he would decide by Friday.', 'The governor', 'said', 'he would decide by Friday', 'indirect', null, []],
  // a collective noun and its verb; a town and state before an inverted speaker
  ['Hospital staff say they are overwhelmed.', 'Hospital staff', 'say', 'they are overwhelmed', 'indirect', null, []],
  ['The union leadership insist that the offer is unacceptable.', 'The union leadership', 'insist', 'that the offer is unacceptable', 'indirect', null, []],
  ['He moved to Austin, Texas, said his sister.', 'his sister', 'said', 'He moved to Austin, Texas', 'indirect', null, []],
  ['He said after meeting with party aides that the plan was dead.', 'He', 'said', 'that the plan was dead', 'indirect', null, []],
  // adjuncts the tagger misreads: a hyphenated word, a noun read as a verb
  ['The strike is over, the union leader said in a follow-up interview.', 'the union leader', 'said', 'The strike is over', 'indirect', null, []],
  ['The budget is sound, she said in a video message to the council.', 'she', 'said in a video message', 'The budget is sound', 'indirect', null, []],
  ['The mayor will seek a second term, campaign officials said.', 'campaign officials', 'said', 'The mayor will seek a second term', 'indirect', null, []],
  // a time of the writer's after the cue clause, with no comma; the words after a named speaker's closing comma
  ['This is not a contest about me, the mayor told her closest aides as she drafted the speech.', 'the mayor', 'told', 'This is not a contest about me', 'indirect', 'her closest aides', []],
  ['The program is small, but it has drawn a loyal crowd, said Ms. Ortiz, with games for children every week.', 'Ms. Ortiz', 'said', 'The program is small, but it has drawn a loyal crowd', 'indirect', null, []],
  // a closing mark standing apart, and a single mark closing just before the double one
  ["''The plan worked because he built strong coalitions, '' said Mr. Grant, who now runs the union.", 'Mr. Grant, who now runs the union', 'said', "''The plan worked because he built strong coalitions, ''", 'direct', null, []],
  ["''She would look at me and say, 'What did he mean by that?''' Mr. Hale said, gripping the podium.", 'Mr. Hale', 'said', "''She would look at me and say, 'What did he mean by that?'''", 'direct', null, []],
  // "saying" read as a noun after its speakers; the terms of the saying; a relative clause inside the subject
  ['The mayor has improved his standing, with 30 percent of voters saying they have a positive view of him.', '30 percent of voters', 'saying', 'they have a positive view of him', 'indirect', null, []],
  ['He was unable to find a single buyer, he said, on condition of anonymity to speak freely.', 'he', 'said', 'He was unable to find a single buyer', 'indirect', null, []],
  ['A woman who has accused the mayor of fraud said Sunday that he lied.', 'A woman who has accused the mayor of fraud', 'said Sunday', 'that he lied', 'indirect', null, []],
  // a quoted fragment in the speaker's aside ends before the main clause's verb
  ["Mr. Hale, citing ''the unique power of the union,'' said the bill could pass in the fall.", 'Mr. Hale', 'citing', "''the unique power of the union,''", 'direct', null, []],
  ['The council, calling the plan "a costly mistake," voted it down on Friday.', 'The council', 'calling', 'the plan "a costly mistake,"', 'indirect', null, []],
  // "to" before a word read as a noun is an infinitive, not an adjunct; a gerund after a possessive is a noun
  ['The two governments agreed on Tuesday to ease limits on exports of chips, ending a long dispute.', 'The two governments', 'agreed', 'to ease limits on exports of chips', 'indirect', null, []],
  ['Judge Ann Hale wrote in her ruling that the fund had misled investors.', 'Judge Ann Hale', 'wrote', 'that the fund had misled investors', 'indirect', null, []],
  // a request for anonymity is no statement of its own
  ['An executive at the firm, who asked not to be named, said talks had begun.', 'An executive at the firm, who asked not to be named', 'said', 'talks had begun', 'indirect', null, []],
  // a quantifier alone opens its clause; a clause with a verb of its own is no adjunct before a quotation
  ['Nine in 10 voters were worried; most said they were "very worried."', 'most', 'said', 'they were "very worried."', 'indirect', null, []],
  ['Ms. Lane, 70, said it was too early to name winners but added, "I think you all know."', 'Ms. Lane, 70', 'said', 'it was too early to name winners', 'indirect', null, []],
  ['Ms. Lane, 70, said it was too early to name winners but added, "I think you all know."', 'Ms. Lane, 70', 'added', '"I think you all know."', 'direct', null, []],
  // a quotation in an opening phrase that the parser split at its exclamation mark
  ['Walking in to chants of "Reyes! Reyes!," the mayor said her campaign was "closing strong."', 'the mayor', 'said', 'her campaign was "closing strong."', 'indirect', null, []],
  // a short source the chunker cannot read closing the sentence ("exit" read as a verb)
  ['The mayor led among women, according to exit polls.', 'exit polls', 'according to', 'The mayor led among women', 'indirect', null, []],
  // a lone adverb between commas opens no aside of circumstance; an infinitive after a noun describes it;
  // an outlet in the speaker's description makes no reporter of the speaker
  ['On Wednesday, however, the director of the agency, Ann Cole, said that the files were encrypted.', 'the director of the agency, Ann Cole', 'said', 'that the files were encrypted', 'indirect', null, []],
  ['Organizers of the push to boycott the speech said they are worried.', 'Organizers of the push to boycott the speech', 'said', 'they are worried', 'indirect', null, []],
  ['Tom Hale, a former member of the Wall Street Journal editorial board, said he is considering an endorsement.', 'Tom Hale, a former member of the Wall Street Journal editorial board', 'said', 'he is considering an endorsement', 'indirect', null, []],
  // a preposition that some verbs take before what they report belongs to the cue
  ['The delegate warned of a ferocious battle ahead.', 'The delegate', 'warned of', 'a ferocious battle ahead', 'indirect', null, []],
  ['Mayor Dana Reyes is reflecting on lessons from her first term.', 'Mayor Dana Reyes', 'is reflecting on', 'lessons from her first term', 'indirect', null, []],
  ['The candidates sparred over military spending.', 'The candidates', 'sparred over', 'military spending', 'indirect', null, []],
  ['The agency responded with a lawsuit.', 'The agency', 'responded with', 'a lawsuit', 'indirect', null, []],
  // a relative clause with its own speaker
  [
    'Chung Eui-yong announced the first ever meeting between a US president and the North Korean leader, which he said would take place by the end of May.',
    'he',
    'said',
    'would take place by the end of May',
    'indirect',
    null,
    [],
  ],
];

describe('extractStatements', () => {
  it.each(rows)('%s', (sentence, source, cue, content, kind, addressee, reporters) => {
    const found = renderAll(sentence).filter((s) => s.cue === cue);
    expect(found, `a statement cued by "${cue}"`).toHaveLength(1);
    expect(found[0]).toEqual({ source, cue, content, kind, addressee, reporters });
  });

  it.each([
    ['President Xi Jinping held telephone talks with President Donald Trump.'],
    ['Officials were reluctant to comment on the investigation.'],
    ['The merger was approved by the regulators on Wednesday.'],
    ['She was nominated by the governor to lead the agency.'],
    ['The man was charged by prosecutors with fraud.'],
    ['"); jQuery("#212 h3").html("Related News'],
    ['Published date: .'],
    ['Update: This story has been revised with new figures from the county.'],
    ['Last updated: 2018-03-10 HKT 01:13'],
    ['That said, the stadium will open on time.'],
    ['She voted in the poll booth on Main Street.'],
    ['The governor appeared on local radio on Sunday.'],
    ['The senator said Sunday in Virginia as the crowd roared.'],
    ['The network canceled two shows that aired on Friday.'],
    ['The company handed its debts to a charity run by a man named Tom Clarke.'],
    ['They built the mine near a mountain stream called Miracle Run.'],
    ['In a statement issued Tuesday morning, the governor was more careful than the mayor.'],
    ['She was the star of the reality TV show "Main Street."'],
    ['“We will carry the state.” The crowd applauded.'],
    ['The poster read "Vote Reyes." A volunteer said.'],
    ['Although Democrats objected strongly, the bill passed.'],
    ['While critics complained bitterly, the mayor pressed on.'],
  ])('finds no statement in %s', (text) => {
    expect(renderAll(text)).toEqual([]);
  });

  it('gives a cue in a relative clause no content when the main verb follows it', () => {
    expect(renderAll('Officials who complained privately said the plan would fail.').map((s) => s.cue)).toEqual(['privately said']);
  });

  it.each([
    // a belief or plan inside someone's words is part of what they said
    ['The mayor said his aides believe the budget is sound.', ['said']],
    ['She told reporters that the council wants a new stadium.', ['told']],
    // reported speech inside reported speech names a second speaker
    ['The mayor believes that the governor said the plant would close.', ['believes', 'said']],
    // a participle after the adjuncts' comma is the subject's next act, not what the first verb reports
    ['She turned to the board, calling the budget a fraud.', ['calling']],
    // an asker named with no question after it asks nothing
    ['When asked by reporters, the mayor said the plan was dead.', ['said']],
    // an adjunct before the cue says nothing: the participle after it carries the statement
    ['Last month, the group warned, arguing that the vote was rigged.', ['arguing']],
    // "also known as" opens no time of the writer's; a clause of the writer's opening the sentence is no content
    ['The senator is calling for the coalition to step up its fight against the Islamic State, also known as ISIS.', ['is calling for']],
    ['As the president spoke on Sunday night, Mr. Lane responded from his desk as he watched the speech.', []],
    // a progressive verb's object is no speaker of the participle after it
    ['Senator Lane is making a pitch to rural voters saying the new rule is hurting farms.', []],
    ['An executive at the firm, who asked not to be named, said talks had begun.', ['said']],
    // a question after "when asked" may end the sentence, unless the adjuncts closed the clause first
    ['"It is possible for anybody to change," he said when asked about the mayor\'s temper.', ['said', 'asked about']],
    ['When asked at the conference about the merger, she defended her decision.', ['defended']],
    // an object pronoun after the verb is no inverted speaker
    ['The council, calling the plan "a costly mistake," voted it down on Friday.', ['calling']],
  ])('reads exactly the attributions of %s', (text, cues) => {
    expect(renderAll(text).map((s) => s.cue)).toEqual(cues);
  });

  it('takes no common noun that is also a name ("grace") for a speaker after an inverted verb', () => {
    const text = 'Online betting, which became legal in 2013, continued to be a saving grace, with revenue up 36 percent.';
    expect(renderAll(text).map((s) => s.source)).not.toContain('a saving grace');
  });

  it('joins a quotation that goes on in the next sentence and paragraph', () => {
    const text = '"We do hope that this meeting will happen," Lavrov said on Friday. "It is required to calm things down.\n\n"Nobody wants a war."';
    const lavrov = renderAll(text).filter((s) => s.source === 'Lavrov');
    expect(lavrov).toHaveLength(1);
    expect(lavrov[0]!.content).toBe('"We do hope that this meeting will happen," ... "It is required to calm things down. ... "Nobody wants a war."');
  });

  it('gives reported speech in the first person to the one reported', () => {
    const text = 'The minister pointed out that the talks were useful. Progress is possible. I appreciate the effort of our partners.\n\nThe weather was cold.';
    const found = renderAll(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.source).toBe('The minister');
    expect(found[0]!.content).toContain('I appreciate the effort of our partners');
  });

  it('ends a sentence at a full stop inside closing quotes even when a cue follows', () => {
    const text = 'The chief said the inquiry is “ongoing.” He said the board would meet on Friday.';
    expect(renderAll(text).map((s) => s.content)).toEqual(['the inquiry is “ongoing.”', 'the board would meet on Friday']);
  });

  it('leaves a quotation whose next sentence has its own speaker alone', () => {
    const text = '"We will win," Smith said. "No, we will," Jones said.';
    expect(renderAll(text).map((s) => [s.source, s.content])).toEqual([
      ['Smith', '"We will win,"'],
      ['Jones', '"No, we will,"'],
    ]);
  });
});
