//! TODO(draft): compose
