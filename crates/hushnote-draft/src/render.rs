//! TODO(draft): render
