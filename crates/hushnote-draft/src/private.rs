//! TODO(draft): private
