// Exit only after stdout has drained: process.exit() drops writes still queued on a pipe, which would cut
// the last Singer messages (or a target's last state) in half.
export async function exitAfterFlush(code: number): Promise<never> {
  await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
  await new Promise<void>((resolve) => process.stderr.write('', () => resolve()));
  process.exit(code);
}
