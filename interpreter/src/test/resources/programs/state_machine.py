transitions = {("idle", "start"): "running", ("running", "pause"): "paused", ("paused", "resume"): "running", ("running", "stop"): "idle", ("paused", "stop"): "idle"}
state = "idle"
for event in ["start", "pause", "resume", "jump", "stop", "stop"]:
    nxt = transitions.get((state, event))
    if nxt is None:
        print(f"{state!r} ignores {event!r}")
        continue
    print(f"{state} --{event}--> {nxt}")
    state = nxt
print("final:", state)
