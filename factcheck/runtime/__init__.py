"""Running models on a small CPU, offline: sentence embedders (ONNX int8 / fp32, torch, a
hashing embedder for tests), the one-time local ONNX export, onnxruntime sessions."""
