#!/bin/bash
# Submits the shard array, then the merge job to run after every array task has succeeded.
# Usage: CGS_SIM=/path/to/cgs-sim RESULTS=/shared/results/national-400 deploy/slurm/submit.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
: "${CGS_SIM:?set CGS_SIM to the cgs-sim folder}" "${RESULTS:?set RESULTS to a shared results folder}"
mkdir -p "$RESULTS"
array_id="$(sbatch --parsable --export=ALL "$here/shards.sbatch")"
array_id="${array_id%%;*}"  # --parsable prints "id;cluster" on multi-cluster sites
merge_id="$(sbatch --parsable --export=ALL --dependency="afterok:${array_id}" "$here/merge.sbatch")"
echo "shards: job ${array_id} (array 1-8); merge: job ${merge_id}, starts when every shard has succeeded"
