// Prints the plain closing line CI reads — `N passed, N failed, N skipped` — as the very
// last line of the run. A test file that fails to load counts as one failure, so a run
// that tests nothing can never look green.
function count(suite, totals) {
  for (const t of suite?.tests ?? []) {
    if (t.skipped) totals.skipped++;
    else if (t.passed) totals.passed++;
    else totals.failed++;
  }
  for (const s of suite?.suites ?? []) count(s, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        if (session.errors?.length || (!session.passed && !session.testResults)) totals.failed++;
      }
      // After the default reporter's own output has been flushed.
      process.on('exit', () => {
        process.stdout.write(
          `\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`,
        );
      });
    },
  };
}
