import { describe, expect, it } from 'vitest';
import { emptyLock } from '../permalinks/lock.ts';
import { testPerson } from '../entities/test-registry.ts';
import { registryPaths } from './registry-paths.ts';

describe('registryPaths', () => {
  const lock = { ...emptyLock(), people: { 'andrey-noskov': '/people/andrey-noskov/' } };
  it('asks for the page back, or a redirect, when a published entity is gone (a rejected provisional one)', () => {
    const { problems } = registryPaths({ entities: [], topics: [] }, lock, 'content/permalinks.json');
    expect(problems).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/people\/andrey-noskov was published/),
        fix: expect.stringMatching(/content\/redirects\.yaml/),
      }),
    ]);
  });
  it('accepts the gone entity when its path is redirected', () => {
    expect(
      registryPaths(
        { entities: [], topics: [] },
        lock,
        'content/permalinks.json',
        undefined,
        new Set(['/people/andrey-noskov/']),
      ).problems,
    ).toEqual([]);
  });
  it('keeps the path of a provisional entity once it is accepted under the same id', () => {
    const accepted = testPerson(
      'andrey-noskov',
      { given: 'Андрей', surname: 'Носков' },
      { given: 'Andrei', surname: 'Noskov' },
    );
    expect(
      registryPaths({ entities: [accepted], topics: [] }, lock, 'content/permalinks.json').paths.get(
        'people/andrey-noskov',
      ),
    ).toBe('/people/andrey-noskov/');
  });
});
