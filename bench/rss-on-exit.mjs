// Preloaded by bench/report.ts (`node --import`) into the process it times: when the process exits, its
// peak resident set size (kB, from getrusage) as one JSON line on stderr, the last line the bench reads.
process.on("exit", () => {
  process.stderr.write(`${JSON.stringify({ maxRSS: process.resourceUsage().maxRSS })}\n`);
});
