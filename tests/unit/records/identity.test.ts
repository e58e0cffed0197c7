import { describe, expect, it, test } from 'vitest';
import { cleanField, cleanIdentity, FIELD_MAX, hasName, NAME_MAX, parseIdentity } from '../../../src/lib/records/identity';

describe('cleanField', () => {
  test.each([
    ['  王小明 ', '王小明'],
    ['Ann\n\tLee', 'Ann Lee'],
    ['a\u0000b', 'a b'],
    ['  ', ''],
  ])('cleans %j to %j', (input, expected) => {
    expect(cleanField(input, 80)).toBe(expected);
  });

  it('cuts to the limit without splitting an emoji', () => {
    expect(cleanField('x'.repeat(100), NAME_MAX)).toHaveLength(NAME_MAX);
    const cut = cleanField(`${'x'.repeat(FIELD_MAX - 1)}😀`, FIELD_MAX);
    expect(cut).toBe('x'.repeat(FIELD_MAX - 1));
  });

  it('turns anything but text into an empty field [F-RECORDS-IDENTITY-UNREADABLE]', () => {
    expect(cleanField(42, 10)).toBe('');
    expect(cleanField({ toString: () => 'x' }, 10)).toBe('');
  });

  it('keeps markup as text (it is escaped where shown)', () => {
    expect(cleanField('<img src=x onerror=alert(1)>', FIELD_MAX)).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('cleanIdentity and parseIdentity', () => {
  it('leaves empty optional fields out', () => {
    expect(cleanIdentity({ name: ' Ann ', employeeNo: ' ', department: '' })).toEqual({ name: 'Ann' });
    expect(cleanIdentity({ name: '李', employeeNo: 'E1', department: '销售' })).toEqual({ name: '李', employeeNo: 'E1', department: '销售' });
  });

  test.each([null, '', '{', 'null', '[1]', '"text"'])('reads %j as no identity [F-RECORDS-IDENTITY-UNREADABLE]', (text) => {
    expect(parseIdentity(text)).toBeNull();
  });

  it('reads a saved identity back cleaned, whatever was stored [F-RECORDS-IDENTITY-UNREADABLE]', () => {
    expect(parseIdentity(JSON.stringify({ name: `  ${'长'.repeat(90)}`, department: 7 }))).toEqual({ name: '长'.repeat(NAME_MAX) });
  });

  it('needs a name', () => {
    expect(hasName({ name: '' })).toBe(false);
    expect(hasName({ name: 'A' })).toBe(true);
  });
});
