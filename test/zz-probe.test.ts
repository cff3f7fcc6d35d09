import { it } from 'vitest';
import { contactLines, invented } from './people/helpers.ts';
const c = (...lines: string[]) => { const kb = invented([lines.join('\n')]); return [contactLines(kb), kb.people.map(p=>p.display)]; };
const S: string[][] = [
 ['Director of the Central Intelligence Agency (CIA) Anil Kumar called on National Security Adviser Karim Shah.'],
 ['Director of the Central Intelligence Agency Anil Kumar called on National Security Adviser Karim Shah.'],
 ['CIA Director Anil Kumar called on India’s National Security Adviser (NSA) Karim Shah.'],
 ['CIA Director Anil Kumar called on National Security Adviser (NSA) Karim Shah.'],
];
it('probe', () => { for (const s of S) console.log(JSON.stringify(s.at(-1)!.slice(0,90)), '=>', JSON.stringify(c(...s))); });
