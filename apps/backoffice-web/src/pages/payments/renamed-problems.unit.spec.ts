import { ApiProblem } from '../../api/problem';
import { fenMaximumOf, renamedProblems } from './renamed-problems';

describe('API problems said in the form’s terms', () => {
  const refusal = new ApiProblem({ statusCode: 400, message: 'Bad input', problems: [
    { field: 'amountFen', reason: 'amountFen must not be greater than 500000' },
    { field: 'receivedOn', reason: 'receivedOn must be a real date written YYYY-MM-DD' },
  ] });

  it('names each problem by the form’s field and rewords what the form says otherwise', () => {
    const renamed = renamedProblems(refusal, (field) => (field === 'amountFen' ? 'amountYuan' : field),
      ({ field, reason }) => (field === 'amountFen' ? `at most ¥${(fenMaximumOf(reason) ?? 0) / 100}` : undefined)) as ApiProblem;
    expect(renamed.problem.problems).toEqual([
      { field: 'amountYuan', reason: 'at most ¥5000' },
      { field: 'receivedOn', reason: 'receivedOn must be a real date written YYYY-MM-DD' },
    ]);
    expect(renamed.status).toBe(400);
  });

  it('leaves an error that is no API problem as it is', () => {
    const offline = new TypeError('Failed to fetch');
    expect(renamedProblems(offline, (field) => field)).toBe(offline);
  });

  it('reads the fen limit of a reason', () => {
    expect(fenMaximumOf('amountFen must not be greater than 10000000000')).toBe(10_000_000_000);
    expect(fenMaximumOf('amountFen must be a whole number of fen')).toBeUndefined();
  });
});
