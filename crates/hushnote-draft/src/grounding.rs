//! TODO(draft): grounding
