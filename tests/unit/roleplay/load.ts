import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { rolePlaySchema, type RolePlay, type RolePlayInput } from '../../../src/schemas/roleplay';

/** A fixture scenario, parsed through the schema like content is. */
export function fixture(name = 'rp-small'): RolePlay {
  return rolePlaySchema.parse(parse(readFileSync(new URL(`./fixtures/${name}.yaml`, import.meta.url), 'utf8')));
}

/** The fixture's raw data with a change applied, for tests of broken scenarios. */
export function broken(change: (raw: RolePlayInput) => void): RolePlay {
  const raw = parse(readFileSync(new URL('./fixtures/rp-small.yaml', import.meta.url), 'utf8')) as RolePlayInput;
  change(raw);
  return rolePlaySchema.parse(raw);
}
