/**
 * The lookup tables questions use are made on first use, per knowledge object. At scale that
 * first use is long (seconds at 100,000 articles) and would block every interaction behind it, so
 * the store prepares them right after a knowledge is built or restored, before it serves
 * questions (on a reload, before the swap).
 */
import { onChoices } from './answers/on.ts';
import { personChoices } from './answers/who-met.ts';
import type { Knowledge } from './knowledge.ts';
import { contactGroups } from './people/contact-groups.ts';
import { prepareLookup } from './people/lookup.ts';
import { peopleMaps } from './people/maps.ts';
import { runSteps } from './steps.ts';

/**
 * @example warmUp(kb) // then findPerson(kb.people, 'Lavrov') needs no table built
 */
export function warmUp(kb: Knowledge): void {
  runSteps(warmUpSteps(kb));
}

/** `warmUp` one table per step, to run between questions on a reload (see `steps.ts`). */
export function* warmUpSteps(kb: Knowledge): Generator<void, void> {
  peopleMaps(kb.people);
  yield;
  contactGroups(kb.people);
  yield;
  prepareLookup(kb.people);
  yield;
  // Autocomplete tables: any typed text builds them.
  personChoices(kb.people, '');
  yield;
  onChoices(kb, '2021');
}
