using Rezilient.Restore.Application.Common.Results;

namespace Rezilient.Restore.Application.Tests.Common.Results;

public sealed class ResultTests
{
    private static readonly RestoreError Conflict = new(409, "conflict", "blocked_reference_conflict", "held");

    [Test]
    public void Ok_is_a_200_success_carrying_the_value()
    {
        var result = Result<string>.Ok("plan");

        Assert.That(result.IsSuccess, Is.True);
        Assert.That(result.Value, Is.EqualTo("plan"));
        Assert.That(result.SuccessStatus, Is.EqualTo(200));
        Assert.That(result.Error, Is.Null);
    }

    [Test]
    public void Created_is_a_201_success()
    {
        var result = Result<string>.Created("job");

        Assert.That(result.IsSuccess, Is.True);
        Assert.That(result.SuccessStatus, Is.EqualTo(201));
    }

    [Test]
    public void WithStatus_carries_the_given_success_status()
    {
        var result = Result<string>.WithStatus("accepted", 202);

        Assert.That(result.IsSuccess, Is.True);
        Assert.That(result.SuccessStatus, Is.EqualTo(202));
    }

    [Test]
    public void Fail_is_a_failure_carrying_the_error_and_no_value()
    {
        var result = Result<string>.Fail(Conflict);

        Assert.That(result.IsSuccess, Is.False);
        Assert.That(result.Error, Is.SameAs(Conflict));
        Assert.That(result.Value, Is.Null);
    }

    [Test]
    public void A_restore_error_converts_implicitly_to_a_failed_result()
    {
        Result<int> result = Conflict;

        Assert.That(result.IsSuccess, Is.False);
        Assert.That(result.Error, Is.SameAs(Conflict));
    }
}
