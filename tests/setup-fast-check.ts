import fc from 'fast-check';

// Under CI (CI=true, as .ci/run runs) every property test draws the same
// cases on every run, so a landing never fails on a rare draw; elsewhere
// each run draws afresh, and a failure prints the seed that finds it again
// (a CI run found the zero-slip case in tests/mistakes/diagnose.test.ts).
if (process.env.CI) fc.configureGlobal({ seed: 20261202 });
