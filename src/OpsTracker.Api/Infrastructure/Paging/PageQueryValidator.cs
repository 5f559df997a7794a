using FluentValidation;

namespace OpsTracker.Api.Infrastructure.Paging;

public sealed class PageQueryValidator : AbstractValidator<PageQuery>
{
    public PageQueryValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("page starts at 1.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, PageQuery.MaxPageSize)
            .WithMessage($"pageSize must be between 1 and {PageQuery.MaxPageSize}.");
    }
}
