"""One module per rule area. Each month-end phase is a function `(state, ctx, rng) -> list[Event]`."""
