#!/usr/bin/env bash
# Trains up to three NER candidates at once on a GPU machine that has PyTorch with CUDA but no .NET and no internet
# (the lent device machine). Each run is `train.py --out RUNDIR --time-budget-min MINUTES ARGS`; its checkpoint comes
# back in $OUT as parts under 16 MiB, its vocab, labels and log in $OUT/runs.tar.xz.
#
# usage: OUT=DIR models/train/device_train.sh MINUTES NAME=ARGS [NAME=ARGS [NAME=ARGS]]
# Preparing the data, the device call and putting the parts back together: models/train/README.md.
set -euo pipefail
: "${OUT:?OUT must name the folder whose files come back}"
if [ $# -lt 2 ] || [ $# -gt 4 ]; then
    echo "usage: OUT=DIR $0 MINUTES NAME=ARGS [NAME=ARGS [NAME=ARGS]]  (at most 3 runs: 8 files come back)" >&2
    exit 2
fi
minutes=$1
shift
names=()
runargs=()
for spec in "$@"; do
    name=${spec%%=*}
    if [[ ! $name =~ ^[A-Za-z0-9_]+$ ]] || [ "$name" = "$spec" ]; then
        echo "bad run spec '$spec': NAME=ARGS with NAME of letters, digits and _" >&2
        exit 2
    fi
    for n in "${names[@]}"; do
        [ "$n" != "$name" ] || { echo "run name '$name' given twice" >&2; exit 2; }
    done
    names+=("$name")
    runargs+=("${spec#*=}")
done
repo=$(cd "$(dirname "$0")/../.." && pwd)
data=${NER_DATA_TAR:-$repo/.device/ner-data.tar.xz}
work=${DEVICE_TRAIN_DIR:-/tmp/device-train}
rm -rf "$work"
mkdir -p "$work/data" "$work/runs"
tar -xJf "$data" -C "$work/data"
export NER_DATA_DIR=$work/data PYTHONUNBUFFERED=1
python=${PYTHON:-python3}  # the one that holds torch
# runs share the machine's cores: each gets an equal part for its CPU-side work
threads=$(( $(nproc) / $# ))
export OMP_NUM_THREADS=$(( threads > 0 ? threads : 1 ))
(nvidia-smi -L 2>&1 || echo "no nvidia-smi") > "$work/runs/gpu.txt"
"$python" -c "import torch; print('torch', torch.__version__, 'cuda', torch.cuda.is_available())" >> "$work/runs/gpu.txt" 2>&1 \
    || { echo "$python cannot import torch (set PYTHON)" >&2; exit 2; }

pids=()
for i in "${!names[@]}"; do
    name=${names[$i]}
    args=${runargs[$i]}
    mkdir -p "$work/runs/$name"
    # shellcheck disable=SC2086  # ARGS is a list of train.py options
    "$python" "$repo/models/train/train.py" --out "$work/runs/$name" --time-budget-min "$minutes" $args \
        > "$work/runs/$name/train.log" 2>&1 &
    pids+=($!)
done

failed=0
for i in "${!pids[@]}"; do
    if ! wait "${pids[$i]}"; then
        echo "run ${names[$i]} failed:" >&2
        tail -20 "$work/runs/${names[$i]}/train.log" >&2
        failed=1
    fi
done

for name in "${names[@]}"; do
    tail -3 "$work/runs/$name/train.log"
    if [ -f "$work/runs/$name/model.pt" ]; then
        split -b 15M "$work/runs/$name/model.pt" "$OUT/$name.pt.part-"
        rm "$work/runs/$name/model.pt"
    fi
    rm -f "$work/runs/$name/model.pt.tmp"
done
tar -cJf "$OUT/runs.tar.xz" --exclude="*.pt" -C "$work/runs" .
exit $failed
