using System.Buffers;
using System.Runtime.CompilerServices;
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
        var valueArray = ArrayPool<T>.Shared.Rent(Math.Max(1, values.Length));
        var defArray = hasDefs ? ArrayPool<int>.Shared.Rent(Math.Max(1, entries)) : null;
        var repArray = hasReps ? ArrayPool<int>.Shared.Rent(Math.Max(1, entries)) : null;
        try
        {
            int valueCount, entryCount;
            if (droppedRows is null || droppedRows.Count == 0)
            {
                values.CopyTo(valueArray);
                defs.CopyTo(defArray);
                reps.CopyTo(repArray);
                valueCount = values.Length;
                entryCount = entries;
            }
            else
            {
                valueCount = entryCount = 0;
                long row = -1;
                var valuePos = 0;
                for (var e = 0; e < entries; e++)
                {
                    if (!hasReps || reps[e] == 0)
                    {
                        row++;
                    }
                    var present = !hasDefs || defs[e] == field.MaxDefinitionLevel;
                    var keep = !droppedRows.Contains(row);
                    if (keep)
                    {
                        if (hasDefs)
                        {
                            defArray![entryCount] = defs[e];
                        }
                        if (hasReps)
                        {
                            repArray![entryCount] = reps[e];
                        }
                        entryCount++;
                        if (present)
                        {
                            valueArray[valueCount++] = values[valuePos];
                        }
                    }
                    if (present)
                    {
                        valuePos++;
                    }
                }
            }
            ReadOnlyMemory<int>? defMemory = hasDefs ? defArray.AsMemory(0, entryCount) : null;
            ReadOnlyMemory<int>? repMemory = hasReps ? repArray.AsMemory(0, entryCount) : null;
            writer.WriteAllPartsAsync<T>(field, (ReadOnlyMemory<T>)valueArray.AsMemory(0, valueCount), defMemory, repMemory, CancellationToken.None)
                .GetAwaiter().GetResult();
        }
        finally
        {
            ArrayPool<T>.Shared.Return(valueArray, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
            if (defArray is not null)
            {
                ArrayPool<int>.Shared.Return(defArray);
            }
            if (repArray is not null)
            {
                ArrayPool<int>.Shared.Return(repArray);
            }
        }
    }
}
