// tap-indici-s3.test.ts again with `download: twice` (each object read once to hash, again for its rows, no
// temporary file) on the batch lane, as the Indici Meltano jobs run it: same assertions.
process.env.TAP_INDICI_S3_DOWNLOAD = 'twice';
process.env.MEDI_TEST_LANE = 'batch';
await import('./tap-indici-s3.test.js');
