/**
 * Observations and how they are summed: each measure records one observation per thing it checks
 * (a gold contact, a listed person, a quote), tagged with its article; the report sums them per
 * language and split of that article.
 */
import type { ManifestEntry, Split } from './devset.ts';

export interface Observation {
  article: number;
  /** Whether the checked thing came out right (for a count measure: whether it is a counted case). */
  ok: boolean;
  /** What was checked, for the failure listing. */
  what?: string;
}

export type MeasureKind = 'rate' | 'count';

export interface Measure {
  name: string;
  kind: MeasureKind;
  observations: Observation[];
  /** A rate of bad cases ("listed people that are not people"): its hits are what needs fixing. */
  lowerIsBetter?: boolean;
}

/** The observations to show as needing work: failures of a rate, hits of a count or of a lower-is-better rate. */
export function toFix(measure: Measure): Observation[] {
  const hitsAreBad = measure.kind === 'count' || measure.lowerIsBetter === true;
  return measure.observations.filter((o) => o.ok === hitsAreBad);
}

export interface Group {
  language: string;
  split: Split | 'all';
}

export function inGroup(o: Observation, group: Group, manifest: Map<number, ManifestEntry>): boolean {
  const m = manifest.get(o.article);
  if (!m) return false;
  return (group.language === 'all' || m.language === group.language) && (group.split === 'all' || m.split === group.split);
}

/** "12/19 63%" for a rate, "3" for a count; "–" when nothing was observed. */
export function summarise(measure: Measure, group: Group, manifest: Map<number, ManifestEntry>): string {
  const seen = measure.observations.filter((o) => inGroup(o, group, manifest));
  const hits = seen.filter((o) => o.ok).length;
  if (measure.kind === 'count') return String(hits);
  if (seen.length === 0) return '–';
  return `${hits}/${seen.length} ${Math.round((100 * hits) / seen.length)}%`;
}
