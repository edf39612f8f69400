// Dense Cholesky factorisation and solves for Newton steps. The Bradley–Terry Hessian is at most
// judges × judges (100 × 100 → ~170k multiply-adds to factor, 10k per solve), far cheaper than
// anything that touches votes.

/**
 * Factors the symmetric positive-definite n×n row-major matrix `a` in place into its lower
 * triangle L (a = L·Lᵀ; the upper triangle is left untouched). Returns false when a pivot is not
 * positive (the matrix is not numerically positive definite).
 */
export function choleskyInPlace(a: Float64Array, n: number): boolean {
  for (let j = 0; j < n; j++) {
    const rowJ = j * n;
    let s = a[rowJ + j];
    for (let k = 0; k < j; k++) s -= a[rowJ + k] * a[rowJ + k];
    if (!(s > 0)) return false;
    const pivot = Math.sqrt(s);
    a[rowJ + j] = pivot;
    for (let i = j + 1; i < n; i++) {
      const rowI = i * n;
      let t = a[rowI + j];
      for (let k = 0; k < j; k++) t -= a[rowI + k] * a[rowJ + k];
      a[rowI + j] = t / pivot;
    }
  }
  return true;
}

/**
 * choleskyInPlace of a matrix that should be positive definite but that rounding (or weights that underflowed)
 * may leave slightly indefinite: on failure the matrix is restored and jitter added to its diagonal, max(base,
 * 1e-9) and then ten times more each try. Returns false when no finite jitter helps (only non-finite entries
 * resist); the matrix is then not a factor.
 */
export function factorWithJitter(a: Float64Array, n: number, base: number): boolean {
  const original = a.slice();
  let jitter = Math.max(base, 1e-9);
  while (!choleskyInPlace(a, n)) {
    if (!Number.isFinite(jitter)) return false;
    a.set(original);
    for (let i = 0; i < n; i++) a[i * n + i] += jitter;
    jitter *= 10;
  }
  return true;
}

/** Lᵀ of the factor from choleskyInPlace, as its own row-major array (rows of Lᵀ are contiguous). */
export function transposeLower(l: Float64Array, n: number): Float64Array {
  const t = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) t[j * n + i] = l[i * n + j];
  return t;
}

/**
 * Solves L·Lᵀ·x = b with the factor from choleskyInPlace; x may alias b. With `transposed` (from
 * transposeLower) the back substitution reads memory in order, about a third faster for repeated solves.
 */
export function choleskySolve(l: Float64Array, n: number, b: Float64Array, x: Float64Array, transposed?: Float64Array): void {
  for (let i = 0; i < n; i++) {
    const row = i * n;
    let s = b[i];
    for (let k = 0; k < i; k++) s -= l[row + k] * x[k];
    x[i] = s / l[row + i];
  }
  if (transposed) {
    for (let i = n - 1; i >= 0; i--) {
      const row = i * n;
      let s = x[i];
      for (let k = i + 1; k < n; k++) s -= transposed[row + k] * x[k];
      x[i] = s / transposed[row + i];
    }
    return;
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = x[i];
    for (let k = i + 1; k < n; k++) s -= l[k * n + i] * x[k];
    x[i] = s / l[i * n + i];
  }
}

/**
 * The inverse (L·Lᵀ)⁻¹ = L⁻ᵀ·L⁻¹ of the matrix factored by choleskyInPlace, as a full row-major
 * array: about n³/3 multiply-adds, a sixth of solving for the n unit vectors one by one.
 */
export function choleskyInverse(l: Float64Array, n: number): Float64Array {
  // L⁻¹ (lower triangular) by forward substitution, column by column; stored row-major in `inv`.
  const inv = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    inv[j * n + j] = 1 / l[j * n + j];
    for (let i = j + 1; i < n; i++) {
      let s = 0;
      for (let k = j; k < i; k++) s -= l[i * n + k] * inv[k * n + j];
      inv[i * n + j] = s / l[i * n + i];
    }
  }
  // (L⁻ᵀ·L⁻¹)_ij = Σ_{k ≥ max(i, j)} L⁻¹_ki·L⁻¹_kj.
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = 0;
      for (let k = i; k < n; k++) s += inv[k * n + i] * inv[k * n + j];
      out[i * n + j] = s;
      out[j * n + i] = s;
    }
  }
  return out;
}
