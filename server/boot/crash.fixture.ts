import { runProcess } from './run-process';

/**
 * A process run by runProcess that ends the way argv[2] says, for run-process.test.ts. It prints
 * "started" once up and "stopped <what>" from each stop step, in the order they run.
 */
const ending = process.argv[2];

runProcess({
  name: 'fixture',
  start: async ({ onStop }) => {
    onStop(async () => console.log('stopped database'));
    onStop(async () => console.log('stopped server'));
    if (ending === 'start-failure') throw new Error('the port is taken');
    console.log('started');
    if (ending === 'exception') {
      setImmediate(() => {
        throw new Error('a bug in a timer');
      });
    }
    // Deliberately left unawaited: this rejection is what the fixture is for.
    if (ending === 'rejection') void Promise.reject(new Error('a forgotten promise'));
    // 'signal': keep running until the test sends SIGTERM.
    if (ending === 'signal') setInterval(() => undefined, 60_000);
  },
});
