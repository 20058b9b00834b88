//! f32 matrix products `C (m x n) [+]= A (m x k) @ W (k x n)` with a constant right-hand side
//! (the model weights), by the `matrixmultiply` crate (runtime-dispatched AVX2/FMA kernels).

/// A weight matrix, row-major.
pub struct Mat {
    pub k: usize,
    pub n: usize,
    data: Vec<f32>,
}

impl Mat {
    pub fn new(data: Vec<f32>, k: usize, n: usize) -> Self {
        assert_eq!(data.len(), k * n);
        Mat { k, n, data }
    }

    /// `c[i*ldc + j] (+)= sum_p a[i*lda + p] * W[p][j]` for i < m, j < n.
    pub fn matmul(
        &self,
        m: usize,
        a: &[f32],
        lda: usize,
        c: &mut [f32],
        ldc: usize,
        accumulate: bool,
    ) {
        let (k, n) = (self.k, self.n);
        if m == 0 {
            return;
        }
        assert!(
            a.len() >= (m - 1) * lda + k && c.len() >= (m - 1) * ldc + n && lda >= k && ldc >= n
        );
        // SAFETY: the bounds are checked above; `a`, `c` and `self.data` do not overlap
        // (`c` is borrowed mutably, the others immutably).
        unsafe {
            matrixmultiply::sgemm(
                m,
                k,
                n,
                1.0,
                a.as_ptr(),
                lda as isize,
                1,
                self.data.as_ptr(),
                n as isize,
                1,
                if accumulate { 1.0 } else { 0.0 },
                c.as_mut_ptr(),
                ldc as isize,
                1,
            );
        }
    }
}
