import { crisisResources, crisisResourcesFor } from './crisis-resources';

describe('crisisResourcesFor', () => {
  it.each([
    ['immediate', false, true],
    ['immediate', true, true],
    ['flexible', true, true],
    ['flexible', false, false],
  ] as const)('for a %s request (empty: %p) includes them: %p', (urgency, empty, expected) => {
    expect(crisisResourcesFor(urgency, empty) !== null).toBe(expected);
  });

  it('names 988, the Crisis Text Line and 911', () => {
    const { resources } = crisisResources();
    expect(resources.map((resource) => [resource.name, resource.contact])).toEqual([
      ['988 Suicide & Crisis Lifeline', 'Call or text 988, or chat at 988lifeline.org'],
      ['Crisis Text Line', 'Text HOME to 741741'],
      ['Emergency services', 'Call 911'],
    ]);
  });

  it('hands out copies, so a caller cannot change them for the next patient', () => {
    const first = crisisResources();
    first.resources.length = 0;
    expect(crisisResources().resources).toHaveLength(3);
  });
});
