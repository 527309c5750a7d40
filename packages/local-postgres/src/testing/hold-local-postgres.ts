// Starts the cluster of the folder given as argument, reports its port, then waits to be killed:
// the "crashed starter" of the orphan tests, run in its own process.
import { ensureLocalPostgres } from '../ensure-local-postgres';

const dataDir = process.argv[2];
if (!dataDir) {
  throw new Error('usage: hold-local-postgres <dataDir>');
}

void ensureLocalPostgres({ dataDir }).then((cluster) => {
  process.stdout.write(`ready ${cluster.port}\n`);
  setInterval(() => undefined, 60_000);
});
