using System.Buffers.Binary;
using System.Security.Cryptography;

namespace LegalAid.Infrastructure.Backup;

/// <summary>
/// Reads a backup file written by <see cref="EncryptingStream"/>, chunk by chunk, and hands out only what passed
/// authentication. A wrong key, an altered byte, a missing or extra chunk, or a file cut short raise a
/// <see cref="BackupRefusedException"/> saying which; the end of the stream is reached only after the last chunk.
/// </summary>
internal sealed class DecryptingStream : Stream
{
    private readonly Stream file;
    private readonly BackupHeader header;
    private readonly AesGcm aes;
    private readonly byte[] plain;
    private readonly byte[] sealedChunk;
    private int available;
    private int position;
    private long number;
    private bool lastRead;

    public DecryptingStream(Stream file, BackupKey key)
    {
        this.file = file;
        header = BackupHeader.Read(file, key);
        aes = new AesGcm(key.ForFile(header.Salt), BackupChunk.TagLength);
        plain = new byte[header.ChunkSize];
        sealedChunk = new byte[BackupChunk.PrefixLength + header.ChunkSize + BackupChunk.TagLength];
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (position == available)
        {
            if (lastRead)
            {
                return 0;
            }

            Open();
        }

        var taken = Math.Min(buffer.Length, available - position);
        plain.AsSpan(position, taken).CopyTo(buffer);
        position += taken;
        return taken;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            aes.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Open()
    {
        var prefix = sealedChunk.AsSpan(0, BackupChunk.PrefixLength);
        if (file.ReadAtLeast(prefix, prefix.Length, throwOnEndOfStream: false) < prefix.Length)
        {
            throw Incomplete();
        }

        var last = prefix[0] == 1;
        var length = BinaryPrimitives.ReadInt32LittleEndian(prefix[1..]);
        if (prefix[0] > 1 || length < 0 || length > plain.Length)
        {
            throw Altered();
        }

        var body = sealedChunk.AsSpan(BackupChunk.PrefixLength, length + BackupChunk.TagLength);
        if (file.ReadAtLeast(body, body.Length, throwOnEndOfStream: false) < body.Length)
        {
            throw Incomplete();
        }

        Span<byte> nonce = stackalloc byte[BackupChunk.NonceLength];
        BackupChunk.Nonce(nonce, number);
        try
        {
            aes.Decrypt(nonce, body[..length], body[length..], plain.AsSpan(0, length), BackupChunk.AssociatedData(header, prefix));
        }
        catch (AuthenticationTagMismatchException)
        {
            throw Altered();
        }

        if (last && file.ReadByte() != -1)
        {
            throw new BackupRefusedException("The backup file is damaged or was altered: it goes on after its last chunk.");
        }

        number++;
        (available, position, lastRead) = (length, 0, last);
    }

    private BackupRefusedException Incomplete() =>
        new($"The backup file is incomplete: it stops at chunk {number + 1} and its last chunk is missing (cut short while copying?).");

    private BackupRefusedException Altered() =>
        new($"The backup file is damaged or was altered: chunk {number + 1} fails authentication.");
}
