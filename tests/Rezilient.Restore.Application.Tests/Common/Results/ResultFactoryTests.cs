using Rezilient.Restore.Application.Common.Results;

namespace Rezilient.Restore.Application.Tests.Common.Results;

public sealed class ResultFactoryTests
{
    private static readonly RestoreError Invalid = RestoreError.InvalidRequest("enabled must be a boolean");

    [Test]
    public void Fail_builds_a_failed_result_of_the_closed_type()
    {
        var result = ResultFactory<Result<string>>.Fail(Invalid);

        Assert.That(result.IsSuccess, Is.False);
        Assert.That(result.Error, Is.SameAs(Invalid));
    }

    [Test]
    public void Fail_works_for_a_value_type_payload()
    {
        var result = ResultFactory<Result<int>>.Fail(Invalid);

        Assert.That(result.IsSuccess, Is.False);
        Assert.That(result.Error, Is.SameAs(Invalid));
    }

    [Test]
    public void A_result_type_is_recognized_as_a_result()
    {
        Assert.That(ResultFactory<Result<string>>.IsResult, Is.True);
    }

    [Test]
    public void A_non_result_type_is_not_a_result()
    {
        Assert.That(ResultFactory<string>.IsResult, Is.False);
        Assert.That(ResultFactory<List<int>>.IsResult, Is.False);
    }

    [Test]
    public void Fail_for_a_non_result_type_throws()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => ResultFactory<string>.Fail(Invalid));

        Assert.That(ex!.Message, Does.Contain("is not a Result<T>"));
    }
}
