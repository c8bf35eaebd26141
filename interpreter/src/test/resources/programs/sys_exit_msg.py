import sys
sys.exit("fatal: message to stderr")
