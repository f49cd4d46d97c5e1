// Ratio of medians with a 95% percentile-bootstrap confidence interval (seeded, so a run's
// interval is reproducible from its samples). Medians, not means: the bench may share its
// cores with other work, and a preempted sample should not move the estimate.

function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

/**
 * median(a) / median(b), with its 95% interval. `paired`: a[i] and b[i] were measured
 * back to back (resampled together); otherwise the samples are resampled independently.
 */
export function ratio(a, b, { paired = false, resamples = 4000 } = {}) {
  const random = rng(20261127);
  const pick = (n) => Math.floor(random() * n);
  const ratios = [];
  for (let r = 0; r < resamples; r++) {
    const ia = a.map(() => pick(a.length));
    const ib = paired ? ia : b.map(() => pick(b.length));
    ratios.push(median(ia.map((i) => a[i])) / median(ib.map((i) => b[i])));
  }
  ratios.sort((x, y) => x - y);
  return {
    value: median(a) / median(b),
    low: quantile(ratios, 0.025),
    high: quantile(ratios, 0.975),
    a: median(a),
    b: median(b),
    n: a.length,
  };
}

/** Mean with a 95% bootstrap interval. */
export function meanCI(xs, resamples = 4000) {
  const random = rng(7);
  const means = [];
  for (let r = 0; r < resamples; r++) {
    let s = 0;
    for (let i = 0; i < xs.length; i++) s += xs[Math.floor(random() * xs.length)];
    means.push(s / xs.length);
  }
  means.sort((x, y) => x - y);
  return { value: mean(xs), low: quantile(means, 0.025), high: quantile(means, 0.975) };
}
