import { describe, expect, it } from 'vitest';
import { normaliseAuthors, properCaseName } from '../../src/read/authors.js';

describe('properCaseName', () => {
  it('proper-cases shouted and lower-case names', () => {
    expect(properCaseName('STANISLAV POHORILOV')).toBe('Stanislav Pohorilov');
    expect(properCaseName("o'neill")).toBe("O'Neill");
    expect(properCaseName('mcdonald')).toBe('McDonald');
    expect(properCaseName('ahmed al-sharaa')).toBe('Ahmed al-Sharaa');
    expect(properCaseName('GRETA VON DER HEIDE')).toBe('Greta von der Heide');
    expect(properCaseName('AL-SHARAA')).toBe('Al-Sharaa');
    expect(properCaseName('jean-pierre dupont')).toBe('Jean-Pierre Dupont');
    expect(properCaseName('J. R. SMITH')).toBe('J. R. Smith');
  });

  it('leaves mixed-case names alone', () => {
    expect(properCaseName('Ursula von der Leyen')).toBe('Ursula von der Leyen');
    expect(properCaseName('Ron DeSantis')).toBe('Ron DeSantis');
  });
});

describe('normaliseAuthors', () => {
  it('strips "By", splits on and / & / commas and semicolons', () => {
    expect(normaliseAuthors('By Jane Doe and John Roe')).toEqual(['Jane Doe', 'John Roe']);
    expect(normaliseAuthors('by KAISA LEHTINEN & Mark Ellis, Petra Novak; Ali Karimi')).toEqual([
      'Kaisa Lehtinen', 'Mark Ellis', 'Petra Novak', 'Ali Karimi',
    ]);
  });

  it('drops roles, emails, links and outlet names', () => {
    expect(normaliseAuthors('By HIROSHI TANAKA, Staff Writer')).toEqual(['Hiroshi Tanaka']);
    expect(normaliseAuthors('Olena Marchenko | Kyiv Daily Bulletin')).toEqual(['Olena Marchenko']);
    expect(normaliseAuthors('Ines Vasquez, Reuters')).toEqual(['Ines Vasquez']);
    expect(normaliseAuthors('Tomas Brandt, Moscow correspondent')).toEqual(['Tomas Brandt']);
    expect(normaliseAuthors('desk@harbourpost.example (Omar Haddad)')).toEqual(['Omar Haddad']);
    expect(normaliseAuthors('Maria Santos <maria.santos@example.org>')).toEqual(['Maria Santos']);
    expect(normaliseAuthors('https://example.org/authors/jane-doe')).toEqual([]);
    expect(normaliseAuthors('Example News Agency')).toEqual([]);
    expect(normaliseAuthors('The Moscow Times')).toEqual([]);
  });

  it('drops editors and photo credits in wire bylines', () => {
    expect(normaliseAuthors('Reporting by Anna Kovacs in Budapest; Editing by Mark Hill')).toEqual(['Anna Kovacs']);
    expect(normaliseAuthors('Words by Leila Nasser / Photos by Sam Ortiz')).toEqual(['Leila Nasser']);
  });

  it('reads arrays and schema.org objects, skipping organisations, and dedupes', () => {
    expect(normaliseAuthors([{ '@type': 'Person', name: 'Ines Vasquez' }, { name: 'INES VASQUEZ' }, 'Tomas Brandt'])).toEqual([
      'Ines Vasquez', 'Tomas Brandt',
    ]);
    expect(normaliseAuthors({ '@type': 'Organization', name: 'Northern Ledger' })).toEqual([]);
    expect(normaliseAuthors({ givenName: 'amina', familyName: 'yusuf' })).toEqual(['Amina Yusuf']);
    expect(normaliseAuthors(['amina yusuf', 'Amina Yusuf'])).toEqual(['Amina Yusuf']);
    expect(normaliseAuthors(null)).toEqual([]);
    expect(normaliseAuthors(42)).toEqual([]);
  });

  it('handles non-English conjunctions and names', () => {
    expect(normaliseAuthors('ОЛЕНА МАРЧЕНКО та Іван Петренко')).toEqual(['Олена Марченко', 'Іван Петренко']);
    expect(normaliseAuthors('José Ortega y Gasset')).toEqual(['José Ortega y Gasset']);
  });
});
