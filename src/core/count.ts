// Counts read as English, for the terminal and the view page alike.

/** "1 document", "3 documents"; "1 entity", "2 entities". */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
