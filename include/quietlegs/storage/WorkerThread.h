#pragma once

namespace quietlegs {

/// Lowers the calling thread's priority to nice 10 (Linux nices threads one by one), for the
/// threads that read or copy the journal beside the window: the start-up quick check, the
/// daily backup, the look for other processes' writes. Each keeps a core the window leaves
/// free and yields it when the window wants it, yet is not starved on a machine busy with
/// other work, as SCHED_IDLE would be. Does nothing elsewhere than Linux.
void yieldToTheWindow();

} // namespace quietlegs
