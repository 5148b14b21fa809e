/**
 * Child process for the crash test: appends `observed` events to the journal in DIR as fast as it can and
 * prints each sequence number once `append` has returned (the acknowledgement). The parent kills it with
 * SIGKILL at a random moment. Usage: tsx journal-crash-child.ts DIR MONTH
 */

import { JournalWriter } from '../../../../main/services/journal/writer';
import { engineEventSchema } from '../../../../shared/events';

const [dir, month] = process.argv.slice(2);
if (!dir || !month) {
  process.stderr.write('usage: journal-crash-child DIR MONTH\n');
  process.exit(2);
}

const writer = JournalWriter.open({ dir, version: 1, schema: engineEventSchema, now: () => Date.now() });
process.stdout.write('ready\n');

let at = Date.UTC(2026, 10, 1);
async function run(): Promise<void> {
  for (;;) {
    for (let i = 0; i < 50; i++) {
      at += 1000;
      const seq = writer.append(month ?? '', { type: 'observed', at, final: false });
      process.stdout.write(`${seq}\n`);
    }
    // Let the batched fsync timer run, as it would in the app.
    await new Promise((resolve) => setImmediate(resolve));
  }
}
void run();
