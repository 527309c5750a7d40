import { allocateInteractions } from './simulation-world';

describe('allocateInteractions', () => {
  it.each([
    { activities: [1, 1, 1], total: 10 },
    { activities: [0, 5, 50, 3], total: 70_000 },
    { activities: [7], total: 3 },
  ])('hands out exactly $total interactions over $activities', ({ activities, total }) => {
    const budgets = allocateInteractions(activities, total);

    expect(budgets.reduce((s, b) => s + b, 0)).toBe(total);
    budgets.forEach((b, i) => {
      const exact = (total * (activities[i] as number)) / activities.reduce((s, a) => s + a, 0);
      expect(Math.abs(b - exact)).toBeLessThanOrEqual(1);
    });
  });

  it('gives inactive users nothing', () => {
    expect(allocateInteractions([0, 2, 0, 2], 8)).toEqual([0, 4, 0, 4]);
  });

  it('spreads the budget evenly when nobody is active', () => {
    expect(allocateInteractions([0, 0], 4)).toEqual([2, 2]);
  });
});
