import { parsePostmasterPid } from './postmaster-pid';

describe('parsePostmasterPid', () => {
  it('reads pid, folder, port and status from the lines PostgreSQL writes', () => {
    const text = '15940\n/srv/pg\n1796330006\n44479\n\n127.0.0.1\n  2146616        32\nready   \n';

    expect(parsePostmasterPid(text)).toEqual({
      pid: 15940,
      dataDir: '/srv/pg',
      port: 44479,
      status: 'ready',
    });
  });

  it.each([
    ['an empty file', ''],
    ['a pid that is not a number', 'abc\n/srv/pg\n1\n5433\n'],
    ['a file cut off before the port', '15940\n/srv/pg\n'],
  ])('returns undefined for %s', (_case, text) => {
    expect(parsePostmasterPid(text)).toBeUndefined();
  });
});
