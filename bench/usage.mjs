// Preloaded into a measured process (node --import): reports the CPU time
// of all its threads (worker threads too) on stderr as it exits.
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\nbench-cpu-ms ${Math.round((user + system) / 1000)}\n`);
});
