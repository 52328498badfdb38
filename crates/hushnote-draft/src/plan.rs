//! TODO(draft): plan
