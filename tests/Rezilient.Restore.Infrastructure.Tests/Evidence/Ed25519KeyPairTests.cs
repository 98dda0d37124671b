using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Pkcs;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;
using Rezilient.Restore.Application.Common.Configuration;
using Rezilient.Restore.Infrastructure.Evidence;

namespace Rezilient.Restore.Infrastructure.Tests.Evidence;

public sealed class Ed25519KeyPairTests
{
    private const string MismatchMessage =
        "RRS_EVIDENCE_SIGNING_PUBLIC_KEY_PEM must match RRS_EVIDENCE_SIGNING_PRIVATE_KEY_PEM";

    private static readonly string VectorDirectory = FindEvidenceVectorDirectory();

    private static string TestPrivatePem => File.ReadAllText(Path.Combine(VectorDirectory, "test-ed25519-private.pem"));

    private static string TestPublicPem => File.ReadAllText(Path.Combine(VectorDirectory, "test-ed25519-public.pem"));

    private static JsonElement SignaturePrimitive()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(VectorDirectory, "signature-primitive.json")));
        return document.RootElement.Clone();
    }

    [Test]
    public void The_test_key_pair_loads_and_exposes_its_raw_public_key()
    {
        var keyPair = Ed25519KeyPair.Load(TestPrivatePem, TestPublicPem);

        var expectedHex = SignaturePrimitive().GetProperty("key").GetProperty("public_key_raw_hex").GetString();
        Assert.That(keyPair.PublicKey.Length, Is.EqualTo(32));
        Assert.That(Convert.ToHexStringLower(keyPair.PublicKey.Span), Is.EqualTo(expectedHex));
    }

    [Test]
    public void The_key_pems_in_the_signature_vector_load_as_the_same_pair()
    {
        var key = SignaturePrimitive().GetProperty("key");

        var keyPair = Ed25519KeyPair.Load(key.GetProperty("private_key_pem").GetString()!, key.GetProperty("public_key_pem").GetString()!);

        Assert.That(keyPair.PublicKey.ToArray(), Is.EqualTo(Ed25519KeyPair.Load(TestPrivatePem, TestPublicPem).PublicKey.ToArray()));
    }

    [Test]
    public void Signing_reproduces_the_signature_primitive_vectors_byte_for_byte()
    {
        var keyPair = Ed25519KeyPair.Load(TestPrivatePem, TestPublicPem);
        var vectors = SignaturePrimitive().GetProperty("signatures").EnumerateArray().ToList();
        Assert.That(vectors, Is.Not.Empty);

        foreach (var vector in vectors)
        {
            var message = Encoding.UTF8.GetBytes(vector.GetProperty("canonical_json").GetString()!);

            var signature = keyPair.Sign(message);

            Assert.That(Convert.ToBase64String(signature), Is.EqualTo(vector.GetProperty("signature_base64").GetString()));
            Assert.That(Convert.ToHexStringLower(signature), Is.EqualTo(vector.GetProperty("signature_hex").GetString()));
            Assert.That(keyPair.Verify(message, signature), Is.EqualTo(vector.GetProperty("verifies").GetBoolean()));
        }
    }

    [Test]
    public void Verification_rejects_changed_data_changed_signatures_and_wrong_lengths()
    {
        var keyPair = Ed25519KeyPair.Load(TestPrivatePem, TestPublicPem);
        var vector = SignaturePrimitive().GetProperty("signatures")[0];
        var message = Encoding.UTF8.GetBytes(vector.GetProperty("canonical_json").GetString()!);
        var signature = Convert.FromBase64String(vector.GetProperty("signature_base64").GetString()!);
        var changedMessage = message.ToArray();
        changedMessage[^2] ^= 1;
        var changedSignature = signature.ToArray();
        changedSignature[0] ^= 1;

        Assert.That(keyPair.Verify(message, signature), Is.True);
        Assert.That(keyPair.Verify(changedMessage, signature), Is.False);
        Assert.That(keyPair.Verify(message, changedSignature), Is.False);
        Assert.That(keyPair.Verify(message, []), Is.False);
        Assert.That(keyPair.Verify(message, signature[..63]), Is.False);
        Assert.That(keyPair.Verify(message, [.. signature, 0]), Is.False);
        Assert.That(keyPair.Verify(message, new byte[64]), Is.False);
    }

    [Test]
    public void Pems_with_crlf_line_endings_load()
    {
        var keyPair = Ed25519KeyPair.Load(
            TestPrivatePem.ReplaceLineEndings("\r\n"),
            TestPublicPem.ReplaceLineEndings("\r\n"));

        Assert.That(keyPair.Verify([1, 2, 3], keyPair.Sign([1, 2, 3])), Is.True);
    }

    [Test]
    public void A_generated_pair_loads_and_verifies_its_own_signatures()
    {
        var (privatePem, publicPem) = GenerateEd25519Pems();

        var keyPair = Ed25519KeyPair.Load(privatePem, publicPem);

        var data = "evidence"u8.ToArray();
        Assert.That(keyPair.Verify(data, keyPair.Sign(data)), Is.True);
    }

    [Test]
    public void A_public_key_of_another_pair_is_rejected_with_the_spec_message()
    {
        var (otherPrivatePem, otherPublicPem) = GenerateEd25519Pems();

        AssertRejected(TestPrivatePem, otherPublicPem);
        AssertRejected(otherPrivatePem, TestPublicPem);
    }

    [TestCase("", "")]
    [TestCase("garbage", "garbage")]
    [TestCase("-----BEGIN PRIVATE KEY-----\nnot base64!\n-----END PRIVATE KEY-----", null)]
    [TestCase("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----", null)]
    [TestCase(null, "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----")]
    [TestCase(null, "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----")]
    public void Garbage_pem_is_rejected_with_the_spec_message(string? privatePem, string? publicPem)
    {
        AssertRejected(privatePem ?? TestPrivatePem, publicPem ?? TestPublicPem);
    }

    [Test]
    public void Pems_with_swapped_labels_are_rejected_with_the_spec_message()
    {
        AssertRejected(TestPublicPem, TestPublicPem);
        AssertRejected(TestPrivatePem, TestPrivatePem);
        AssertRejected(TestPublicPem, TestPrivatePem);
    }

    [Test]
    public void Keys_that_are_not_ed25519_are_rejected_with_the_spec_message()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var x25519 = new X25519KeyPairGenerator();
        x25519.Init(new KeyGenerationParameters(new SecureRandom(), 255));
        var (x25519Private, x25519Public) = ToPems(x25519.GenerateKeyPair());

        AssertRejected(ecdsa.ExportPkcs8PrivateKeyPem(), ecdsa.ExportSubjectPublicKeyInfoPem());
        AssertRejected(x25519Private, x25519Public);
        AssertRejected(TestPrivatePem, x25519Public);
    }

    private static void AssertRejected(string privatePem, string publicPem)
    {
        Assert.That(
            () => Ed25519KeyPair.Load(privatePem, publicPem),
            Throws.TypeOf<StartupConfigurationException>().With.Message.EqualTo(MismatchMessage));
    }

    private static (string PrivatePem, string PublicPem) GenerateEd25519Pems()
    {
        var generator = new Ed25519KeyPairGenerator();
        generator.Init(new KeyGenerationParameters(new SecureRandom(), 256));
        return ToPems(generator.GenerateKeyPair());
    }

    private static (string PrivatePem, string PublicPem) ToPems(AsymmetricCipherKeyPair pair)
    {
        var privateDer = PrivateKeyInfoFactory.CreatePrivateKeyInfo(pair.Private).GetDerEncoded();
        var publicDer = SubjectPublicKeyInfoFactory.CreateSubjectPublicKeyInfo(pair.Public).GetDerEncoded();
        return (new string(PemEncoding.Write("PRIVATE KEY", privateDer)), new string(PemEncoding.Write("PUBLIC KEY", publicDer)));
    }

    // The golden vectors live in shared/vectors/evidence next to the repository; read them, never copy them.
    private static string FindEvidenceVectorDirectory()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "vectors", "evidence");
            if (File.Exists(Path.Combine(candidate, "signature-primitive.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/vectors/evidence not found above the test directory");
    }
}
