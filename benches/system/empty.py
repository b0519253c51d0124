# Start-up: an empty program. The harness times the whole process and
# records its peak memory (CPython is run as `python3.11 -c pass`).
