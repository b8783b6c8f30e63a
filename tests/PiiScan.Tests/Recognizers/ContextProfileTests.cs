using PiiScan.Detection;
using PiiScan.Detection.Context;
using Xunit;

namespace PiiScan.Tests.Recognizers;

public class ContextProfileTests
{
    private static readonly ContextProfile P = new(["phone", "ssn", "routing number", "date of birth"]);

    [Theory]
    [InlineData("call phone: 5551234", ContextSignal.Positive)]
    [InlineData("Routing Number 011000015", ContextSignal.Positive)]
    [InlineData("routing_number=011000015", ContextSignal.Positive)]
    [InlineData("dateOfBirth 1990-01-02", ContextSignal.Positive)]
    [InlineData("SSN 536221234", ContextSignal.Positive)]
    [InlineData("order 536221234", ContextSignal.Negative)]
    [InlineData("version 1.2.3.4", ContextSignal.Negative)]
    [InlineData("phone order 536221234", ContextSignal.Negative)] // nearest word wins
    [InlineData("order, phone 536221234", ContextSignal.Positive)]
    [InlineData("shall we 536221234", ContextSignal.None)] // "sha" needs a word end
    [InlineData("telephone 5551234", ContextSignal.None)] // "phone" must start a word
    [InlineData("nothing here 536221234", ContextSignal.None)]
    [InlineData("key=AIza65kUySsn46q5fiEe5Bd 256263580", ContextSignal.None)] // "Ssn46" inside a random key is not "ssn"
    [InlineData("Orderly Smith 536221234", ContextSignal.None)] // a capitalized word that runs on is another word
    [InlineData("Buildwas Road 536221234", ContextSignal.None)]
    [InlineData("Orders 536221234", ContextSignal.Negative)] // a plural still counts
    [InlineData("orderid 536221234", ContextSignal.Negative)] // identifiers keep the prefix match
    [InlineData("ORDERID 536221234", ContextSignal.Negative)]
    [InlineData("OrderId 536221234", ContextSignal.Negative)]
    public void Evaluates_text_window(string text, ContextSignal expected)
    {
        int start = text.LastIndexOfAny([' ', '=']) + 1;
        Assert.Equal(expected, P.Evaluate(text, start, FieldContext.PlainText));
    }

    [Theory]
    [InlineData("phone", ContextSignal.Positive)]
    [InlineData("phoneNumber", ContextSignal.Positive)]
    [InlineData("customer_ssn", ContextSignal.Positive)]
    [InlineData("request_id", ContextSignal.Negative)]
    [InlineData("traceId", ContextSignal.Negative)]
    [InlineData("content", ContextSignal.None)]
    public void Key_context_wins(string key, ContextSignal expected) =>
        Assert.Equal(expected, P.Evaluate("value 123", 6, new FieldContext(key, key)));

    [Fact]
    public void Window_is_bounded()
    {
        string text = "phone" + new string(' ', 60) + "5551234";
        Assert.Equal(ContextSignal.None, P.Evaluate(text, text.Length - 7, FieldContext.PlainText));
    }

    [Fact]
    public void Apply_raises_and_lowers()
    {
        Assert.Equal(0.85f, P.Apply(0.5f, ContextSignal.Positive), 3);
        Assert.Equal(0.4f, P.Apply(0.01f, ContextSignal.Positive), 3);
        Assert.Equal(1f, P.Apply(0.9f, ContextSignal.Positive), 3);
        Assert.Equal(0.5f, P.Apply(0.5f, ContextSignal.None), 3);
        Assert.Equal(0.6f, P.Apply(0.95f, ContextSignal.Negative), 3);
    }

    [Fact]
    public void Evaluate_does_not_allocate()
    {
        string text = "the customer phone number is 5551234 and order 99";
        // Steady state: each key's signal is computed once, then cached.
        P.Evaluate(text, 29, new FieldContext("x", "phone_number"));
        P.Evaluate(text, 29, FieldContext.PlainText);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            P.Evaluate(text, 29, new FieldContext("x", "phone_number"));
            P.Evaluate(text, 29, FieldContext.PlainText);
        }
        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }
}
