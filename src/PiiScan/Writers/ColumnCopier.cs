using Parquet;
using Parquet.Data;
using Parquet.Schema;

namespace PiiScan.Writers;

/// <summary>
/// Writes one decoded Parquet column (values plus definition/repetition levels) to a row group, optionally dropping
/// rows. One generic instance per CLR value type, created once by reflection and cached.
/// </summary>
internal abstract class ColumnCopier
{
    private static readonly Dictionary<Type, ColumnCopier> Cache = new();

    public static ColumnCopier For(RawColumnData data)
    {
        var type = data.GetType();
        lock (Cache)
        {
            if (!Cache.TryGetValue(type, out var copier))
            {
                var valueType = type.GetGenericArguments()[0];
                copier = (ColumnCopier)Activator.CreateInstance(typeof(ColumnCopier<>).MakeGenericType(valueType))!;
                Cache.Add(type, copier);
            }
            return copier;
        }
    }

    public abstract void Write(ParquetRowGroupWriter writer, DataField field, RawColumnData data, HashSet<long>? droppedRows);
}

/// <summary>Typed <see cref="ColumnCopier"/>.</summary>
internal sealed class ColumnCopier<T> : ColumnCopier
    where T : struct
{
    public override void Write(ParquetRowGroupWriter writer, DataField field, RawColumnData data, HashSet<long>? droppedRows)
    {
        var typed = (RawColumnData<T>)data;
        var values = typed.Values;
        var hasDefs = field.MaxDefinitionLevel > 0;
        var hasReps = field.MaxRepetitionLevel > 0;
        var defs = hasDefs ? typed.DefinitionLevels : default;
        var reps = hasReps ? typed.RepetitionLevels : default;
        var entries = hasDefs ? defs.Length : values.Length;
        if (hasDefs)
        {
            // Values are packed (non-null only) but the span is as long as the level list; the tail is not data.
            var present = 0;
            var maxDef = field.MaxDefinitionLevel;
            foreach (var d in defs)
            {
                if (d == maxDef)
                {
                    present++;
                }
            }
            values = values[..present];
        }
        // Exact-size arrays: Parquet.Net 6.1 computes statistics over the whole backing array of a Memory slice,
        // so pooled (larger, dirty) arrays would make statistics wrong and the output non-deterministic.
        T[] valueArray;
        int[]? defArray;
        int[]? repArray;
        if (droppedRows is null || droppedRows.Count == 0)
        {
            valueArray = values.ToArray();
            defArray = hasDefs ? defs.ToArray() : null;
            repArray = hasReps ? reps.ToArray() : null;
        }
        else
        {
            var keptValues = new List<T>(values.Length);
            var keptDefs = new List<int>(entries);
            var keptReps = new List<int>(entries);
            long row = -1;
            var valuePos = 0;
            for (var e = 0; e < entries; e++)
            {
                if (!hasReps || reps[e] == 0)
                {
                    row++;
                }
                var present = !hasDefs || defs[e] == field.MaxDefinitionLevel;
                if (!droppedRows.Contains(row))
                {
                    if (hasDefs)
                    {
                        keptDefs.Add(defs[e]);
                    }
                    if (hasReps)
                    {
                        keptReps.Add(reps[e]);
                    }
                    if (present)
                    {
                        keptValues.Add(values[valuePos]);
                    }
                }
                if (present)
                {
                    valuePos++;
                }
            }
            valueArray = keptValues.ToArray();
            defArray = hasDefs ? keptDefs.ToArray() : null;
            repArray = hasReps ? keptReps.ToArray() : null;
        }
        ReadOnlyMemory<int>? defMemory = defArray is null ? null : defArray;
        ReadOnlyMemory<int>? repMemory = repArray is null ? null : repArray;
        if (!hasDefs && !hasReps)
        {
            // Required flat column: WriteAllPartsAsync would count 0 rows without levels.
            writer.WriteAsync<T>(field, valueArray, null, null, CancellationToken.None).GetAwaiter().GetResult();
            return;
        }
        writer.WriteAllPartsAsync<T>(field, valueArray, defMemory, repMemory, CancellationToken.None).GetAwaiter().GetResult();
    }
}
