// Preloaded into a measured process (node --import): reports its peak
// resident memory on stderr as it exits, so the benchmark needs no `time`.
process.on('exit', () => process.stderr.write(`\nbench-max-rss-kb ${process.resourceUsage().maxRSS}\n`));
