export type Measurement = {
  seconds: number;
  /** Per second of CPU time of this process: stable when other work shares the machine. */
  perSecond: number;
  perWallSecond: number;
  checksum: number;
  peakRssMiB: number;
  peakHeapMiB: number;
};

const MIB = 1024 * 1024;

/** Runs `work` for indexes 0..count-1, timing it and sampling memory every 50,000 calls. */
export const measure = (
  count: number,
  work: (index: number) => number,
): Measurement => {
  let checksum = 0;
  let peakRss = 0;
  let peakHeap = 0;
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  for (let index = 0; index < count; index += 1) {
    checksum += work(index);
    if (index % 50_000 === 0) {
      const memory = process.memoryUsage();
      peakRss = Math.max(peakRss, memory.rss);
      peakHeap = Math.max(peakHeap, memory.heapUsed);
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    seconds,
    perSecond: count / cpuSeconds,
    perWallSecond: count / seconds,
    checksum,
    peakRssMiB: Math.round(peakRss / MIB),
    peakHeapMiB: Math.round(peakHeap / MIB),
  };
};

export const formatRate = (
  measurement: Measurement,
  clock: 'cpu' | 'wall' = 'cpu',
): string =>
  Math.round(
    clock === 'cpu' ? measurement.perSecond : measurement.perWallSecond,
  )
    .toLocaleString('en')
    .padStart(12);
