// target-concurrent.test.ts again on the batch lane (test/batch-lane.ts): records travel as BATCH files, same assertions.
process.env.MEDI_TEST_LANE = 'batch';
await import('./target-concurrent.test.js');
