//! TODO(draft): risk
