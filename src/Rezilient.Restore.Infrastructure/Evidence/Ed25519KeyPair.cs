using System.Security.Cryptography;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;
using Rezilient.Restore.Application.Common.Configuration;

namespace Rezilient.Restore.Infrastructure.Evidence;

/// <summary>
/// The evidence signing key: an Ed25519 private key (PKCS#8 PEM) and its public key (SPKI PEM), checked
/// to belong together at startup (spec 09 §4 step 2). Signatures are pure Ed25519 over the given bytes.
/// </summary>
public sealed class Ed25519KeyPair
{
    public const string MismatchMessage =
        "RRS_EVIDENCE_SIGNING_PUBLIC_KEY_PEM must match RRS_EVIDENCE_SIGNING_PRIVATE_KEY_PEM";

    private const int SignatureLength = 64;

    private readonly Ed25519PrivateKeyParameters _privateKey;
    private readonly Ed25519PublicKeyParameters _publicKey;

    private Ed25519KeyPair(Ed25519PrivateKeyParameters privateKey, Ed25519PublicKeyParameters publicKey)
    {
        _privateKey = privateKey;
        _publicKey = publicKey;
        PublicKey = publicKey.GetEncoded();
    }

    /// <summary>The raw 32-byte public key.</summary>
    public ReadOnlyMemory<byte> PublicKey { get; }

    /// <summary>
    /// Loads the pair. Unparsable PEM, a key that is not Ed25519, or a public key that is not the private
    /// key's all fail with the one spec message.
    /// </summary>
    /// <exception cref="StartupConfigurationException">The PEMs do not form an Ed25519 key pair.</exception>
    public static Ed25519KeyPair Load(string privatePem, string publicPem)
    {
        ArgumentNullException.ThrowIfNull(privatePem);
        ArgumentNullException.ThrowIfNull(publicPem);

        Ed25519PrivateKeyParameters privateKey;
        Ed25519PublicKeyParameters publicKey;
        try
        {
            privateKey = PrivateKeyFactory.CreateKey(PrivateKeyInfo.GetInstance(DecodePem(privatePem, "PRIVATE KEY")))
                as Ed25519PrivateKeyParameters ?? throw new StartupConfigurationException(MismatchMessage);
            publicKey = PublicKeyFactory.CreateKey(SubjectPublicKeyInfo.GetInstance(DecodePem(publicPem, "PUBLIC KEY")))
                as Ed25519PublicKeyParameters ?? throw new StartupConfigurationException(MismatchMessage);
        }
        catch (Exception exception) when (exception is not StartupConfigurationException)
        {
            // BouncyCastle reports malformed DER with several unrelated exception types.
            throw new StartupConfigurationException(MismatchMessage, exception);
        }

        var expectedPublicKey = privateKey.GeneratePublicKey().GetEncoded();
        if (!CryptographicOperations.FixedTimeEquals(expectedPublicKey, publicKey.GetEncoded()))
        {
            throw new StartupConfigurationException(MismatchMessage);
        }

        return new Ed25519KeyPair(privateKey, publicKey);
    }

    public byte[] Sign(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var signer = new Ed25519Signer();
        signer.Init(forSigning: true, _privateKey);
        signer.BlockUpdate(data, 0, data.Length);
        return signer.GenerateSignature();
    }

    /// <summary>True when <paramref name="signature"/> is a valid signature of <paramref name="data"/>; never throws on a malformed signature.</summary>
    public bool Verify(byte[] data, byte[] signature)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(signature);
        if (signature.Length != SignatureLength)
        {
            return false;
        }

        var verifier = new Ed25519Signer();
        verifier.Init(forSigning: false, _publicKey);
        verifier.BlockUpdate(data, 0, data.Length);
        return verifier.VerifySignature(signature);
    }

    private static byte[] DecodePem(string pem, string label)
    {
        if (!PemEncoding.TryFind(pem, out var fields) || !pem.AsSpan()[fields.Label].SequenceEqual(label))
        {
            throw new StartupConfigurationException(MismatchMessage);
        }

        return Convert.FromBase64String(pem[fields.Base64Data]);
    }
}
