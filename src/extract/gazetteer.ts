// The gazetteer: countries, organizations, people and titles compromise does not know, from data/gazetteer/.
import { readFileSync } from 'node:fs';
import type { EntityType } from '../core/index.js';

interface PlaceEntry {
  name: string;
  aliases: string[];
  demonyms: string[];
  capital?: string;
}
interface OrganizationEntry {
  name: string;
  aliases: string[];
  class: string;
  /** The city news names it by when it acts: "Brussels" for the European Union. */
  capital?: string;
}
interface PersonEntry {
  name: string;
  aliases: string[];
  title?: string;
  of?: string;
  /** Chinese and Korean names: the family name, which stands alone in news, comes first. */
  familyNameFirst?: boolean;
}

/** One way of naming a known entity. */
export interface SurfaceForm {
  text: string;
  canonical: string;
  type: EntityType;
  class?: string;
  /**
   * A capital city standing for the government seated there: its country's ("Beijing has backed
   * ..."), or an organization's ("Brussels warned London").
   */
  capitalOf?: string;
}

export interface Gazetteer {
  forms: SurfaceForm[];
  /** Demonym or country name -> country ("Russian" -> "Russia", "US" -> "United States"). */
  countryOf: Map<string, string>;
  /** Titles that precede a name ("Foreign Minister", "Sen."), longest first. */
  titles: string[];
  /** A family name or surname alone -> the one known person it can name. */
  shortNames: Map<string, string>;
  people: PersonEntry[];
}

/** Surnames that are also common words or months: alone they name no one reliably. */
const AMBIGUOUS_SHORT = new Set(['May', 'Ban', 'Moon', 'Park', 'Kang', 'Ri', 'Lu', 'Li', 'Wang', 'Hua', 'Yoon', 'Rice', 'Price', 'King', 'Young', 'Long', 'Brown', 'Green', 'White']);

function load<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../data/gazetteer/${name}.json`, import.meta.url), 'utf8')) as T;
}

function build(): Gazetteer {
  const places = load<PlaceEntry[]>('places');
  const organizations = load<OrganizationEntry[]>('organizations');
  const people = load<PersonEntry[]>('people');
  const forms: SurfaceForm[] = [];
  const countryOf = new Map<string, string>();
  for (const p of places) {
    for (const text of [p.name, ...p.aliases]) forms.push({ text: text.replace(/^the /, ''), canonical: p.name, type: 'place', class: 'country' });
    for (const text of [p.name, ...p.aliases, ...p.demonyms]) countryOf.set(text.replace(/^the /, ''), p.name);
    if (p.capital) forms.push({ text: p.capital, canonical: p.name, type: 'place', class: 'capital', capitalOf: p.name });
  }
  for (const o of organizations) {
    for (const text of [o.name, ...o.aliases]) forms.push({ text, canonical: o.name, type: 'organization', class: o.class });
    if (o.capital) forms.push({ text: o.capital, canonical: o.name, type: 'organization', class: 'capital', capitalOf: o.name });
  }
  const shortCount = new Map<string, string[]>();
  for (const p of people) {
    for (const text of [p.name, ...p.aliases]) forms.push({ text, canonical: p.name, type: 'person' });
    const words = p.name.split(' ');
    const short = p.familyNameFirst ? words[0]! : words[words.length - 1]!;
    shortCount.set(short, [...(shortCount.get(short) ?? []), p.name]);
  }
  const shortNames = new Map(
    [...shortCount].filter(([s, names]) => names.length === 1 && !AMBIGUOUS_SHORT.has(s)).map(([s, names]) => [s, names[0]!]),
  );
  const titles = load<string[]>('titles').sort((a, b) => b.length - a.length);
  return { forms: forms.sort((a, b) => b.text.length - a.text.length), countryOf, titles, shortNames, people };
}

let cached: Gazetteer | undefined;

/** The gazetteer, read once. */
export function gazetteer(): Gazetteer {
  cached ??= build();
  return cached;
}
