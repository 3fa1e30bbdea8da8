using System.Buffers;

namespace LegalAid.Application.Statistics.Engine.Packs;

/// <summary>
/// Integers as zig-zag varints (most take one or two bytes); a null as 0, any other value shifted by one. The first byte
/// is the format's version: a pack written in another one is rebuilt, never misread.
/// </summary>
internal sealed class PackWriter
{
    public const byte Version = 2;

    private readonly ArrayBufferWriter<byte> buffer;

    public PackWriter(int capacity = 4096)
    {
        buffer = new(capacity);
        buffer.GetSpan(1)[0] = Version;
        buffer.Advance(1);
    }

    public static bool IsCurrent(byte[] pack) => pack.Length > 0 && pack[0] == Version;

    public void Write(long value)
    {
        var zigZag = (ulong)((value << 1) ^ (value >> 63));
        var span = buffer.GetSpan(10);
        var length = 0;
        while (zigZag >= 0x80)
        {
            span[length++] = (byte)(zigZag | 0x80);
            zigZag >>= 7;
        }

        span[length++] = (byte)zigZag;
        buffer.Advance(length);
    }

    public void WriteNullable(long? value) => Write(value is { } v ? v + 1 : 0);

    /// <summary>Another writer's values (without its version byte), after their length in bytes.</summary>
    public void Append(PackWriter other)
    {
        var values = other.buffer.WrittenSpan[1..];
        Write(values.Length);
        buffer.Write(values);
    }

    public byte[] ToArray() => buffer.WrittenSpan.ToArray();
}

/// <summary>Reads what <see cref="PackWriter"/> wrote, in the same order.</summary>
internal ref struct PackReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> data = data;
    private int position = 1;

    public readonly bool AtEnd => position >= data.Length;

    public long ReadLong()
    {
        ulong value = 0;
        var shift = 0;
        byte current;
        do
        {
            current = data[position++];
            value |= (ulong)(current & 0x7F) << shift;
            shift += 7;
        }
        while (current >= 0x80);

        return (long)(value >> 1) ^ -(long)(value & 1);
    }

    public int ReadInt() => (int)ReadLong();

    public void Skip(int bytes) => position += bytes;

    public long? ReadNullableLong() => ReadLong() is var v && v == 0 ? null : v - 1;

    public int? ReadNullableInt() => (int?)ReadNullableLong();
}
